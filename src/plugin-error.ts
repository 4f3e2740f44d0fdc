/** A plugin that cannot be loaded or exports something that is not a rule: exit 2, naming the plugin. */
export class PluginError extends Error {}
