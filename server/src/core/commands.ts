/**
 * Commands that the core's code actions ask the client to run. The client registers them;
 * `server/src/protocol.ts` re-exports them for the client, so the names are written once.
 */

/** Sets `sxsDocs.rules.<code>` to "off" in the settings. Arguments: the rule code, the document URI. */
export const TURN_OFF_RULE_COMMAND = 'sxsDocs.turnOffRule';
