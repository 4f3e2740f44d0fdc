/**
 * The VS Code side of compose-lint: starts the bundled language server (`compose-lint --lsp`)
 * for compose files and passes it the `composeLint.*` settings and the changes of the files a
 * compose project reads. Everything the server does (diagnostics, quick fixes, hover) is the
 * server's; this file only wires it in.
 */
import { workspace } from "vscode";
import type { ExtensionContext } from "vscode";
import { DidChangeConfigurationNotification, LanguageClient } from "vscode-languageclient/node";
import type { LanguageClientOptions } from "vscode-languageclient/node";
import { DOCUMENT_SELECTOR, SETTINGS_SECTION, WATCHED_FILE_PATTERNS, serverOptions, serverSettings, withoutPlugins } from "./server-options.mjs";

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const watchers = WATCHED_FILE_PATTERNS.map((pattern) => workspace.createFileSystemWatcher(pattern));
  context.subscriptions.push(...watchers);

  const settings = () => serverSettings(workspace.getConfiguration().get(SETTINGS_SECTION), workspace.isTrusted);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // Read at every start: the server takes plugins from here only, never from later settings.
    initializationOptions: () => ({ [SETTINGS_SECTION]: settings() }),
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: watchers },
    // In a workspace VS Code does not trust, the server never hears of plugins (see withoutPlugins):
    // neither when it asks (workspace/configuration) nor when settings are pushed to it.
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const values = await next(params, token);
          if (workspace.isTrusted || !Array.isArray(values)) return values;
          return values.map((value, index) => withoutPlugins(params.items[index]?.section, value));
        },
        didChangeConfiguration: async (sections, next) => {
          if (workspace.isTrusted) return next(sections);
          await client?.sendNotification(DidChangeConfigurationNotification.type, { settings: { [SETTINGS_SECTION]: settings() } });
        },
      },
    },
  };

  client = new LanguageClient(SETTINGS_SECTION, "compose-lint", serverOptions(context.extensionPath), clientOptions);
  // The server loads plugins once, when it starts: start it again when the plugins it may load
  // change (trust granted, the setting changed).
  const restart = () => client?.restart().catch((error: unknown) => client?.error("compose-lint: the language server did not restart", error, "force"));
  context.subscriptions.push(
    workspace.onDidGrantWorkspaceTrust(restart),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.plugins`)) restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
