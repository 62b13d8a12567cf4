/**
 * Commands that the core's code actions ask the client to run. The client registers them;
 * `protocol/commands.ts` lists them with the client's other commands, so the names are written once.
 */

/** Sets `sxsDocs.rules.<code>` to "off" in the settings. Arguments: the rule code, the document URI. */
export const TURN_OFF_RULE_COMMAND = 'sxsDocs.turnOffRule';
