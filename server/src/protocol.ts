/**
 * What the client and the server say to each other beyond LSP itself, declared once and
 * imported by both sides.
 */
import { TURN_OFF_RULE_COMMAND } from './core/commands';

/** The client command that a "turn off this rule" code action runs: sets `sxsDocs.rules.<code>` to "off". */
export namespace TurnOffRuleCommand {
  export const id = TURN_OFF_RULE_COMMAND;
  /** [rule code, URI of the document the rule was turned off from]. */
  export type Arguments = [code: string, uri: string];
}
