// Slack's limits, in one place. A message that breaks one is refused whole by Slack, so the renderer
// cuts to these numbers ("N more") instead of failing.
export const SLACK = {
  /** Blocks in one message. https://docs.slack.dev/reference/block-kit/blocks */
  blocks: 50,
  /** Text of a section block. https://docs.slack.dev/reference/block-kit/blocks/section-block */
  sectionText: 3000,
  /** Text of a header block. https://docs.slack.dev/reference/block-kit/blocks/header-block */
  headerText: 150,
  /** Elements of a context block. https://docs.slack.dev/reference/block-kit/blocks/context-block */
  contextElements: 10,
  /** Any text object (a context element's text included). https://docs.slack.dev/reference/block-kit/composition-objects/text-object */
  textObject: 3000,
  /** A button's label and value. https://docs.slack.dev/reference/block-kit/block-elements/button-element */
  buttonText: 75,
  buttonValue: 2000,
  /**
   * The top-level `text` of a message: Slack truncates past 40,000 characters and advises staying
   * under 4,000; ours is a fallback, so keep it short. https://docs.slack.dev/reference/methods/chat.postMessage
   */
  fallbackText: 3000,
  /** Slash commands in an app manifest, and their fields. https://docs.slack.dev/reference/app-manifest */
  manifestSlashCommands: 50,
  manifestCommandName: 32,
  manifestCommandDescription: 2000,
  manifestUsageHint: 1000,
  manifestAppDescription: 140,
  /** Signed requests older than this are refused. https://docs.slack.dev/authentication/verifying-requests-from-slack */
  signatureMaxAgeSeconds: 5 * 60,
} as const;
