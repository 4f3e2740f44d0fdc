/**
 * The typed compose model. Rules see only these shapes, never YAML nodes or raw port strings:
 * every compose syntax (short or long form, anchors, merge keys, interpolation) is normalised
 * by `src/load/` into them once.
 */

/** A 1-based source range. `endColumn` is exclusive (points just past the last character). */
export interface Span {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A value together with the place it is written. For a value reached through an alias or a
 * merge key, the span is inside the anchored node, so a finding points where the text can be fixed.
 */
export interface Located<T> {
  value: T;
  span: Span;
  /** The source text before `${VAR}` interpolation; present only when the text used interpolation. */
  raw?: string;
  /**
   * Part of `value` came from the environment or `.env`, not from the file: a message quotes
   * `raw`, never `value` (see `quoted` in model/quote.ts).
   */
  external?: true;
}

export type Level = "error" | "warning" | "note";

export type Protocol = "tcp" | "udp" | "sctp";

export interface PortRange {
  start: number;
  end: number;
}

export interface PortBinding {
  /** The whole list item (short string or long mapping). */
  span: Span;
  syntax: "short" | "long";
  /** The host address; absent (or value "") when the port is published on every interface. */
  hostIp?: Located<string>;
  /** Absent when Docker picks a random host port (`"3000"` or `"127.0.0.1::3000"`). */
  hostPorts?: Located<PortRange>;
  containerPorts: Located<PortRange>;
  protocol: Protocol;
  /** Swarm publish mode from the long syntax. */
  mode?: "host" | "ingress";
  /** The entry as written, interpolated (`"127.0.0.1:8080:80/tcp"`, or a rendering of the long form). */
  text: string;
  /** The entry as written before interpolation, when it used `${...}`. */
  raw?: string;
  /** Part of `text` came from the environment or `.env`: messages quote `raw`. */
  external?: true;
  /** Long syntax: from the `published:` to the `host_ip:` entry (whichever are written), what publishes the port. */
  publishSpan?: Span;
  /** Short syntax: the slot a `${VAR}` left empty (`${HTTP_PORT}:8000` with HTTP_PORT unset empties the host port). */
  emptiedByInterpolation?: "host address" | "host port";
}

export type MountKind = "bind" | "volume" | "tmpfs" | "npipe" | "image" | "cluster";

export interface Mount {
  /** The whole list item. */
  span: Span;
  syntax: "short" | "long";
  kind: MountKind;
  /** Host path (bind), volume name (volume), absent for anonymous volumes and tmpfs. */
  source?: Located<string>;
  target: Located<string>;
  readOnly: boolean;
  /**
   * For a named volume: the top-level volume it refers to, when the file declares it. A local
   * volume with `o: bind` and `device:` is a bind mount of that host path: `kind` is then "bind"
   * and `source` is the `device:` value (with its span).
   */
  volume?: NamedVolume;
  /** Bind propagation (`bind.propagation`, or `:rshared` in the short syntax), when set. */
  propagation?: Located<string>;
}

export interface EnvVar {
  /** The whole entry (`- KEY=value` item or `KEY: value` pair). */
  span: Span;
  name: Located<string>;
  /** Absent for `- KEY` / `KEY:` (value taken from the shell environment at run time). */
  value?: Located<string>;
}

export interface ImageRef {
  /** The reference as written, interpolated. */
  text: string;
  /** `docker.io` when not given. */
  registry: string;
  /** Path below the registry, e.g. `library/postgres`, `bitnami/postgresql`. */
  repository: string;
  /** Last path component, e.g. `postgres`, `postgresql`. */
  name: string;
  tag?: string;
  digest?: string;
}

export interface Device {
  span: Span;
  syntax: "short" | "long";
  source: Located<string>;
  target?: Located<string>;
  permissions?: Located<string>;
}

/** A command or entrypoint in either string or list form. */
export interface CommandLine {
  span: Span;
  form: "string" | "list";
  /** The list items, or the string split on whitespace. */
  args: Located<string>[];
  /** The arguments joined with single spaces, for pattern checks. */
  text: string;
  /** The string form as written, when `${...}` interpolation changed it (list items keep their own). */
  raw?: string;
  /** Part of `text` came from the environment or `.env`: messages quote `raw`. */
  external?: true;
}

export type NamespaceKey = "pid" | "ipc" | "uts" | "userns_mode" | "cgroup";

export interface ServiceNetworkRef {
  name: Located<string>;
  span: Span;
}

export interface Service {
  name: Located<string>;
  /** The whole service mapping. */
  span: Span;
  image?: Located<ImageRef>;
  build?: { span: Span; args: EnvVar[]; /** The build context (`build: ./kafka` or `build.context`). */ context?: Located<string> };
  ports: readonly PortBinding[];
  /** Container ports listed under `expose:` (reachable from other containers, not published). */
  expose: readonly Located<string>[];
  mounts: readonly Mount[];
  /** Networks listed under the service's `networks:` key (list or map form). */
  networks: readonly ServiceNetworkRef[];
  networkMode?: Located<string>;
  environment: readonly EnvVar[];
  privileged?: Located<boolean>;
  readOnly?: Located<boolean>;
  user?: Located<string>;
  namespaces: readonly { key: NamespaceKey; value: Located<string> }[];
  capAdd: readonly Located<string>[];
  capDrop: readonly Located<string>[];
  securityOpt: readonly Located<string>[];
  devices: readonly Device[];
  command?: CommandLine;
  entrypoint?: CommandLine;
  /** `healthcheck.test`: its list form keeps the leading `CMD` / `CMD-SHELL` item. */
  healthcheck?: CommandLine;
  memLimit?: Located<string | number>;
  pidsLimit?: Located<string | number>;
  deployLimits: { memory?: Located<string | number>; pids?: Located<string | number> };
  /** `profiles:`: a service behind a profile only runs when the profile is enabled, but it still ships. */
  profiles: readonly Located<string>[];
  /** The keys under `deploy:` with their values when scalar (`mode: global`), for swarm evidence. */
  deploy: readonly { key: Located<string>; value?: Located<string> }[];
  /** `x-compose-lint: { ignore: [...], reason: ... }`: the engine's business, not the rules'. */
  suppression?: ServiceSuppression;
}

/** A service's `x-compose-lint` extension: rule ids to silence in the service, and why. */
export interface ServiceSuppression {
  span: Span;
  ignore: Located<string>[];
  reason?: Located<string>;
  /** What is written there but is not `ignore` / `reason` as expected (reported, never dropped). */
  invalid: { span: Span; message: string }[];
}

/** A top-level volume: a name, a driver with options, maybe external. */
export interface NamedVolume {
  name: Located<string>;
  span: Span;
  driver?: Located<string>;
  driverOpts: Map<string, Located<string>>;
  external: boolean;
}

/** A top-level network: what a volume has, and whether it is internal. */
export interface Network extends NamedVolume {
  internal?: Located<boolean>;
}

/** A compose file as read: its text for code frames, and a way to find the span of any path in it. */
export interface SourceFile {
  /** The path as reported (relative to the working directory when below it). */
  path: string;
  text: string;
  /** The parsed document as plain data, before interpolation. */
  data: unknown;
  /**
   * The span of the node at `path` (keys and indices as in `data`), or of its key when `part` is
   * "key"; undefined when the path does not exist.
   */
  locate(path: readonly (string | number)[], part?: "key" | "value"): Span | undefined;
}

/** A compose project, normalised: one file, or several merged as Docker Compose merges them. */
export interface ComposeProject {
  /** The primary file (the first one Compose loads). */
  file: SourceFile;
  /** Every compose file the project was assembled from (the primary one first). */
  files: SourceFile[];
  services: Service[];
  networks: Network[];
  volumes: NamedVolume[];
}
