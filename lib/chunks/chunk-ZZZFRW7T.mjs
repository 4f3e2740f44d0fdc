import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  attachedNetworks,
  datastoreOfService,
  datastorePort,
  describePort,
  formatPortRange,
  isLoopbackAddress,
  loopbackSuggestion,
  portReach,
  portSpan,
  socketKind,
  socketPathInContainer,
  swarmEvidence
} from "./chunk-WQOKT25U.mjs";
import {
  discover,
  displayPath
} from "./chunk-BOI44LYS.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-KOCLF33B.mjs";

// ../../main/node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "../../main/node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// ../../main/node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "../../main/node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// ../../main/node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "../../main/node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// ../../main/node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "../../main/node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// ../../main/node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "../../main/node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// ../../main/node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "../../main/node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// ../../main/node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "../../main/node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// ../../main/node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "../../main/node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// ../../main/node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "../../main/node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// ../../main/node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "../../main/node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// ../../main/node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "../../main/node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// ../../main/node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "../../main/node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// ../../main/node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "../../main/node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// ../../main/node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "../../main/node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// ../../main/node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "../../main/node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// ../../main/node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "../../main/node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// ../../main/node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "../../main/node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// ../../main/node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "../../main/node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// ../../main/node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "../../main/node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// ../../main/node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "../../main/node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// ../../main/node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "../../main/node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// ../../main/node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "../../main/node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// ../../main/node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "../../main/node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// ../../main/node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "../../main/node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// ../../main/node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "../../main/node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// ../../main/node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "../../main/node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// ../../main/node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "../../main/node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// ../../main/node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "../../main/node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// ../../main/node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "../../main/node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// ../../main/node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "../../main/node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// ../../main/node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "../../main/node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// ../../main/node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "../../main/node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../../main/node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "../../main/node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../../main/node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "../../main/node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// ../../main/node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "../../main/node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// ../../main/node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "../../main/node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// ../../main/node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "../../main/node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// ../../main/node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "../../main/node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// ../../main/node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "../../main/node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// ../../main/node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "../../main/node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../../main/node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "../../main/node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../../main/node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "../../main/node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// ../../main/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "../../main/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// ../../main/node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "../../main/node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// ../../main/node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "../../main/node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// ../../main/node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "../../main/node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// ../../main/node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "../../main/node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// ../../main/node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "../../main/node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// ../../main/node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "../../main/node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// ../../main/node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "../../main/node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// ../../main/node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "../../main/node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// ../../main/node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "../../main/node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// ../../main/node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "../../main/node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// ../../main/node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "../../main/node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// ../../main/node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "../../main/node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// ../../main/node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "../../main/node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// ../../main/node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "../../main/node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// ../../main/node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "../../main/node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// ../../main/node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "../../main/node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// ../../main/node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "../../main/node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// ../../main/node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "../../main/node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// ../../main/node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "../../main/node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// ../../main/node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "../../main/node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// ../../main/node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "../../main/node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// ../../main/node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "../../main/node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// ../../main/node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "../../main/node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// ../../main/node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "../../main/node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// ../../main/node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "../../main/node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// ../../main/node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "../../main/node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// ../../main/node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "../../main/node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// ../../main/node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "../../main/node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// ../../main/node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "../../main/node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar2.end) {
            sep = scalar2.end;
            sep.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// ../../main/node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "../../main/node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// ../../main/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "../../main/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}

// src/generated/compose-schema-validator.ts
var import_equal = __toESM(require_equal(), 1);
var add = (errors, error) => {
  if (errors === null) return [error];
  errors.push(error);
  return errors;
};
var cat = (errors, more) => errors === null ? more : errors.concat(more);
var schema6 = { "properties": { "version": 0, "name": 0, "include": 0, "services": 0, "networks": 0, "volumes": 0, "secrets": 0, "configs": 0, "models": 0 } };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^x-", "u");
var pattern2 = new RegExp("^[a-zA-Z0-9._-]+$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !Array.isArray(data)) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/stringOrList/type", keyword: "type", params: {} });
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/stringOrList/items/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema8 = { "properties": { "annotations": 0, "attach": 0, "build": 0, "blkio_config": 0, "cap_add": 0, "cap_drop": 0, "cgroup": 0, "cgroup_parent": 0, "command": 0, "configs": 0, "container_name": 0, "cpu_count": 0, "cpu_percent": 0, "cpu_shares": 0, "cpu_quota": 0, "cpu_period": 0, "cpu_rt_period": 0, "cpu_rt_runtime": 0, "cpus": 0, "cpuset": 0, "credential_spec": 0, "depends_on": 0, "deploy": 0, "develop": 0, "device_cgroup_rules": 0, "devices": 0, "dns": 0, "dns_opt": 0, "dns_search": 0, "domainname": 0, "entrypoint": 0, "env_file": 0, "environment": 0, "expose": 0, "extends": 0, "external_links": 0, "extra_hosts": 0, "gpus": 0, "group_add": 0, "healthcheck": 0, "hostname": 0, "image": 0, "init": 0, "ipc": 0, "isolation": 0, "labels": 0, "label_file": 0, "links": 0, "logging": 0, "mac_address": 0, "mem_limit": 0, "mem_reservation": 0, "mem_swappiness": 0, "memswap_limit": 0, "models": 0, "network_mode": 0, "networks": 0, "oom_kill_disable": 0, "oom_score_adj": 0, "pid": 0, "pids_limit": 0, "platform": 0, "ports": 0, "post_start": 0, "pre_stop": 0, "privileged": 0, "profiles": 0, "provider": 0, "pull_policy": 0, "pull_refresh_after": 0, "read_only": 0, "restart": 0, "runtime": 0, "scale": 0, "secrets": 0, "security_opt": 0, "shm_size": 0, "stdin_open": 0, "stop_grace_period": 0, "stop_signal": 0, "storage_opt": 0, "sysctls": 0, "tmpfs": 0, "tty": 0, "ulimits": 0, "use_api_socket": 0, "user": 0, "userns_mode": 0, "uts": 0, "volumes": 0, "volumes_from": 0, "working_dir": 0 } };
var func0 = import_equal.default.default ?? import_equal.default;
var pattern14 = new RegExp("^(?:host|private)$|\\$", "u");
var pattern46 = new RegExp("^(?:no|always|on-failure(?::[0-9]+)?|unless-stopped)$|\\$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!data || typeof data != "object") {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/listOrDict/type", keyword: "type", params: {} });
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/listOrDict/items/type", keyword: "type", params: {} });
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      const indices0 = {};
      for (; i1--; ) {
        let item0 = data[i1];
        if (typeof item0 !== "string") {
          continue;
        }
        if (typeof indices0[item0] == "number") {
          j0 = indices0[item0];
          vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/listOrDict/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 } });
          errors++;
          break;
        }
        indices0[item0] = i1;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data1 = data[key0];
      if (typeof data1 !== "string" && !(typeof data1 == "number" && isFinite(data1)) && typeof data1 !== "boolean" && data1 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/listOrDict/additionalProperties/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var pattern4 = new RegExp("^(?:true|false|True|False|TRUE|FALSE|yes|no|Yes|No|YES|NO|on|off|On|Off|ON|OFF|y|n|Y|N)$|\\$", "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "boolean" && typeof data !== "string") {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/bool/type", keyword: "type", params: {} });
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern4.test(data)) {
      vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/bool/pattern", keyword: "pattern", params: {} });
      errors++;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema11 = { "properties": { "context": 0, "dockerfile": 0, "dockerfile_inline": 0, "args": 0, "ssh": 0, "labels": 0, "cache_from": 0, "cache_to": 0, "no_cache": 0, "additional_contexts": 0, "network": 0, "provenance": 0, "sbom": 0, "pull": 0, "target": 0, "shm_size": 0, "extra_hosts": 0, "isolation": 0, "privileged": 0, "secrets": 0, "tags": 0, "ulimits": 0, "platforms": 0, "entitlements": 0 } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/listOfStrings/items/type", keyword: "type", params: {} });
        errors++;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/listOfStrings/type", keyword: "type", params: {} });
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var pattern6 = new RegExp("^\\s*[+-]?[0-9]+(?:\\.[0-9]+)?\\s*(?:[bBkKmMgGtTpP][iI]?[bB]?)?\\s*$|\\$", "u");
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number" && isFinite(data))) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/bytes/type", keyword: "type", params: {} });
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern6.test(data)) {
      vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/bytes/pattern", keyword: "pattern", params: {} });
      errors++;
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!data || typeof data != "object") {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/extraHosts/type", keyword: "type", params: {} });
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/extraHosts/items/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data1 = data[key0];
      if (typeof data1 !== "string" && !Array.isArray(data1)) {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/extraHosts/additionalProperties/type", keyword: "type", params: {} });
        errors++;
      }
      if (Array.isArray(data1)) {
        const len1 = data1.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data1[i1] !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/definitions/extraHosts/additionalProperties/items/type", keyword: "type", params: {} });
            errors++;
          }
        }
      }
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data)) && typeof data !== "string") {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/mode/type", keyword: "type", params: {} });
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/fileReference/type", keyword: "type", params: {} });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "source" || key0 === "target" || key0 === "uid" || key0 === "gid" || key0 === "mode" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/fileReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (typeof data.source !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/source", schemaPath: "#/definitions/fileReference/properties/source/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.target !== void 0) {
      if (typeof data.target !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/target", schemaPath: "#/definitions/fileReference/properties/target/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.uid !== void 0) {
      let data2 = data.uid;
      if (typeof data2 !== "string" && !(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        vErrors = add(vErrors, { instancePath: instancePath + "/uid", schemaPath: "#/definitions/fileReference/properties/uid/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.gid !== void 0) {
      let data3 = data.gid;
      if (typeof data3 !== "string" && !(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        vErrors = add(vErrors, { instancePath: instancePath + "/gid", schemaPath: "#/definitions/fileReference/properties/gid/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.mode !== void 0) {
      if (!validate47(data.mode, { instancePath: instancePath + "/mode", rootData })) {
        vErrors = cat(vErrors, validate47.errors);
        errors = vErrors.length;
      }
    }
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate46(data[i0], { instancePath: instancePath + "/" + i0, rootData })) {
        vErrors = cat(vErrors, validate46.errors);
        errors = vErrors.length;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/fileReferences/type", keyword: "type", params: {} });
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
var pattern8 = new RegExp("^\\s*[+-]?[0-9]+\\s*$|\\$", "u");
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data)) && typeof data !== "string") {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/integer/type", keyword: "type", params: {} });
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern8.test(data)) {
      vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/integer/pattern", keyword: "pattern", params: {} });
      errors++;
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && typeof data0 !== "string" && !(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/additionalProperties/type", keyword: "type", params: {} });
        errors++;
      }
      if (typeof data0 === "string") {
        if (!pattern8.test(data0)) {
          vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/additionalProperties/pattern", keyword: "pattern", params: {} });
          errors++;
        }
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.soft === void 0) {
          vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/additionalProperties/required", keyword: "required", params: { missingProperty: "soft" } });
          errors++;
        }
        if (data0.hard === void 0) {
          vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/additionalProperties/required", keyword: "required", params: { missingProperty: "hard" } });
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "soft" || key1 === "hard" || pattern0.test(key1))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
            errors++;
          }
        }
        if (data0.soft !== void 0) {
          if (!validate53(data0.soft, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/soft", rootData })) {
            vErrors = cat(vErrors, validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data0.hard !== void 0) {
          if (!validate53(data0.hard, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard", rootData })) {
            vErrors = cat(vErrors, validate53.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/ulimits/type", keyword: "type", params: {} });
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/build/type", keyword: "type", params: {} });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema11.properties, key0) || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/build/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.context !== void 0) {
      if (typeof data.context !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/context", schemaPath: "#/definitions/build/properties/context/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.dockerfile !== void 0) {
      if (typeof data.dockerfile !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/dockerfile", schemaPath: "#/definitions/build/properties/dockerfile/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.dockerfile_inline !== void 0) {
      if (typeof data.dockerfile_inline !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/dockerfile_inline", schemaPath: "#/definitions/build/properties/dockerfile_inline/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.args !== void 0) {
      if (!validate26(data.args, { instancePath: instancePath + "/args", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.ssh !== void 0) {
      if (!validate26(data.ssh, { instancePath: instancePath + "/ssh", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== void 0) {
      if (!validate26(data.labels, { instancePath: instancePath + "/labels", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.cache_from !== void 0) {
      if (!validate34(data.cache_from, { instancePath: instancePath + "/cache_from", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.cache_to !== void 0) {
      if (!validate34(data.cache_to, { instancePath: instancePath + "/cache_to", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.no_cache !== void 0) {
      if (!validate28(data.no_cache, { instancePath: instancePath + "/no_cache", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.additional_contexts !== void 0) {
      if (!validate26(data.additional_contexts, { instancePath: instancePath + "/additional_contexts", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.network !== void 0) {
      if (typeof data.network !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/network", schemaPath: "#/definitions/build/properties/network/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.provenance !== void 0) {
      let data11 = data.provenance;
      if (typeof data11 !== "string" && typeof data11 !== "boolean") {
        vErrors = add(vErrors, { instancePath: instancePath + "/provenance", schemaPath: "#/definitions/build/properties/provenance/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.sbom !== void 0) {
      let data12 = data.sbom;
      if (typeof data12 !== "string" && typeof data12 !== "boolean") {
        vErrors = add(vErrors, { instancePath: instancePath + "/sbom", schemaPath: "#/definitions/build/properties/sbom/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.pull !== void 0) {
      if (!validate28(data.pull, { instancePath: instancePath + "/pull", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.target !== void 0) {
      if (typeof data.target !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/target", schemaPath: "#/definitions/build/properties/target/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.shm_size !== void 0) {
      if (!validate40(data.shm_size, { instancePath: instancePath + "/shm_size", rootData })) {
        vErrors = cat(vErrors, validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_hosts !== void 0) {
      if (!validate42(data.extra_hosts, { instancePath: instancePath + "/extra_hosts", rootData })) {
        vErrors = cat(vErrors, validate42.errors);
        errors = vErrors.length;
      }
    }
    if (data.isolation !== void 0) {
      if (typeof data.isolation !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/isolation", schemaPath: "#/definitions/build/properties/isolation/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      if (!validate28(data.privileged, { instancePath: instancePath + "/privileged", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.secrets !== void 0) {
      if (!validate45(data.secrets, { instancePath: instancePath + "/secrets", rootData })) {
        vErrors = cat(vErrors, validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== void 0) {
      if (!validate34(data.tags, { instancePath: instancePath + "/tags", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.ulimits !== void 0) {
      if (!validate52(data.ulimits, { instancePath: instancePath + "/ulimits", rootData })) {
        vErrors = cat(vErrors, validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.platforms !== void 0) {
      if (!validate34(data.platforms, { instancePath: instancePath + "/platforms", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.entitlements !== void 0) {
      if (!validate34(data.entitlements, { instancePath: instancePath + "/entitlements", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "rate" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/blkioLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/path", schemaPath: "#/definitions/blkioLimit/properties/path/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.rate !== void 0) {
      let data1 = data.rate;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && typeof data1 !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/rate", schemaPath: "#/definitions/blkioLimit/properties/rate/type", keyword: "type", params: {} });
        errors++;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/blkioLimit/type", keyword: "type", params: {} });
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "weight" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/blkioWeight/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/path", schemaPath: "#/definitions/blkioWeight/properties/path/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.weight !== void 0) {
      if (!validate53(data.weight, { instancePath: instancePath + "/weight", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/blkioWeight/type", keyword: "type", params: {} });
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/uniqueStrings/items/type", keyword: "type", params: {} });
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      const indices0 = {};
      for (; i1--; ) {
        let item0 = data[i1];
        if (typeof item0 !== "string") {
          continue;
        }
        if (typeof indices0[item0] == "number") {
          j0 = indices0[item0];
          vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/uniqueStrings/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 } });
          errors++;
          break;
        }
        indices0[item0] = i1;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/uniqueStrings/type", keyword: "type", params: {} });
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data !== null && typeof data !== "string" && !Array.isArray(data)) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/command/type", keyword: "type", params: {} });
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/command/items/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  validate72.errors = vErrors;
  return errors === 0;
}
var pattern15 = new RegExp("^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?(?:ns|us|\xB5s|ms|s|m|h))+\\s*$|^\\s*[+-]?[0-9]+\\s*$|\\$", "u");
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number" && isFinite(data))) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/duration/type", keyword: "type", params: {} });
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern15.test(data)) {
      vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: {} });
      errors++;
    }
  }
  validate80.errors = vErrors;
  return errors === 0;
}
var pattern16 = new RegExp("^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*$|\\$", "u");
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && isFinite(data)) && typeof data !== "string") {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/number/type", keyword: "type", params: {} });
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern16.test(data)) {
      vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/number/pattern", keyword: "pattern", params: {} });
      errors++;
    }
  }
  validate83.errors = vErrors;
  return errors === 0;
}
var pattern19 = new RegExp("^(?:service_started|service_healthy|service_completed_successfully)$|\\$", "u");
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!data || typeof data != "object") {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/dependsOn/type", keyword: "type", params: {} });
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/dependsOn/items/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data1 = data[key0];
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "condition" || key1 === "restart" || key1 === "required" || pattern0.test(key1))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/dependsOn/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
            errors++;
          }
        }
        if (data1.condition !== void 0) {
          let data2 = data1.condition;
          if (typeof data2 === "string") {
            if (!pattern19.test(data2)) {
              vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/condition", schemaPath: "#/definitions/dependsOn/additionalProperties/properties/condition/pattern", keyword: "pattern", params: {} });
              errors++;
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/condition", schemaPath: "#/definitions/dependsOn/additionalProperties/properties/condition/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data1.restart !== void 0) {
          if (!validate28(data1.restart, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/restart", rootData })) {
            vErrors = cat(vErrors, validate28.errors);
            errors = vErrors.length;
          }
        }
        if (data1.required !== void 0) {
          if (!validate28(data1.required, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", rootData })) {
            vErrors = cat(vErrors, validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/dependsOn/additionalProperties/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  validate85.errors = vErrors;
  return errors === 0;
}
var schema27 = { "properties": { "mode": 0, "endpoint_mode": 0, "replicas": 0, "labels": 0, "rollback_config": 0, "update_config": 0, "resources": 0, "restart_policy": 0, "placement": 0 } };
var pattern22 = new RegExp("^(?:stop-first|start-first)$|\\$", "u");
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "parallelism" || key0 === "delay" || key0 === "failure_action" || key0 === "monitor" || key0 === "max_failure_ratio" || key0 === "order" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/updateConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.parallelism !== void 0) {
      if (!validate53(data.parallelism, { instancePath: instancePath + "/parallelism", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.delay !== void 0) {
      if (!validate80(data.delay, { instancePath: instancePath + "/delay", rootData })) {
        vErrors = cat(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.failure_action !== void 0) {
      if (typeof data.failure_action !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/failure_action", schemaPath: "#/definitions/updateConfig/properties/failure_action/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.monitor !== void 0) {
      if (!validate80(data.monitor, { instancePath: instancePath + "/monitor", rootData })) {
        vErrors = cat(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_failure_ratio !== void 0) {
      if (!validate83(data.max_failure_ratio, { instancePath: instancePath + "/max_failure_ratio", rootData })) {
        vErrors = cat(vErrors, validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.order !== void 0) {
      let data5 = data.order;
      if (typeof data5 === "string") {
        if (!pattern22.test(data5)) {
          vErrors = add(vErrors, { instancePath: instancePath + "/order", schemaPath: "#/definitions/updateConfig/properties/order/pattern", keyword: "pattern", params: {} });
          errors++;
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/order", schemaPath: "#/definitions/updateConfig/properties/order/type", keyword: "type", params: {} });
        errors++;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/updateConfig/type", keyword: "type", params: {} });
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
var pattern28 = new RegExp("^\\s*[0-9]+\\s*$|^all$|\\$", "u");
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "capabilities" || key0 === "count" || key0 === "device_ids" || key0 === "driver" || key0 === "options" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/deviceRequest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      if (!validate34(data.capabilities, { instancePath: instancePath + "/capabilities", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.count !== void 0) {
      let data1 = data.count;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && typeof data1 !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/count", schemaPath: "#/definitions/deviceRequest/properties/count/type", keyword: "type", params: {} });
        errors++;
      }
      if (typeof data1 === "string") {
        if (!pattern28.test(data1)) {
          vErrors = add(vErrors, { instancePath: instancePath + "/count", schemaPath: "#/definitions/deviceRequest/properties/count/pattern", keyword: "pattern", params: {} });
          errors++;
        }
      }
    }
    if (data.device_ids !== void 0) {
      if (!validate34(data.device_ids, { instancePath: instancePath + "/device_ids", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/driver", schemaPath: "#/definitions/deviceRequest/properties/driver/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.options !== void 0) {
      if (!validate26(data.options, { instancePath: instancePath + "/options", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/deviceRequest/type", keyword: "type", params: {} });
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "cpus" || key0 === "memory" || key0 === "pids" || key0 === "generic_resources" || key0 === "devices" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.cpus !== void 0) {
      if (!validate83(data.cpus, { instancePath: instancePath + "/cpus", rootData })) {
        vErrors = cat(vErrors, validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.memory !== void 0) {
      if (!validate40(data.memory, { instancePath: instancePath + "/memory", rootData })) {
        vErrors = cat(vErrors, validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.pids !== void 0) {
      if (!validate53(data.pids, { instancePath: instancePath + "/pids", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.generic_resources !== void 0) {
      let data3 = data.generic_resources;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key1 in data4) {
              if (!(key1 === "discrete_resource_spec" || pattern0.test(key1))) {
                vErrors = add(vErrors, { instancePath: instancePath + "/generic_resources/" + i0, schemaPath: "#/definitions/resources/properties/generic_resources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
                errors++;
              }
            }
            if (data4.discrete_resource_spec !== void 0) {
              let data5 = data4.discrete_resource_spec;
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                for (const key2 in data5) {
                  if (!(key2 === "kind" || key2 === "value" || pattern0.test(key2))) {
                    vErrors = add(vErrors, { instancePath: instancePath + "/generic_resources/" + i0 + "/discrete_resource_spec", schemaPath: "#/definitions/resources/properties/generic_resources/items/properties/discrete_resource_spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } });
                    errors++;
                  }
                }
                if (data5.kind !== void 0) {
                  if (typeof data5.kind !== "string") {
                    vErrors = add(vErrors, { instancePath: instancePath + "/generic_resources/" + i0 + "/discrete_resource_spec/kind", schemaPath: "#/definitions/resources/properties/generic_resources/items/properties/discrete_resource_spec/properties/kind/type", keyword: "type", params: {} });
                    errors++;
                  }
                }
                if (data5.value !== void 0) {
                  if (!validate83(data5.value, { instancePath: instancePath + "/generic_resources/" + i0 + "/discrete_resource_spec/value", rootData })) {
                    vErrors = cat(vErrors, validate83.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                vErrors = add(vErrors, { instancePath: instancePath + "/generic_resources/" + i0 + "/discrete_resource_spec", schemaPath: "#/definitions/resources/properties/generic_resources/items/properties/discrete_resource_spec/type", keyword: "type", params: {} });
                errors++;
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/generic_resources/" + i0, schemaPath: "#/definitions/resources/properties/generic_resources/items/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/generic_resources", schemaPath: "#/definitions/resources/properties/generic_resources/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.devices !== void 0) {
      let data8 = data.devices;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate104(data8[i1], { instancePath: instancePath + "/devices/" + i1, rootData })) {
            vErrors = cat(vErrors, validate104.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/devices", schemaPath: "#/definitions/resources/properties/devices/type", keyword: "type", params: {} });
        errors++;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/resources/type", keyword: "type", params: {} });
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
function validate89(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/deploy/type", keyword: "type", params: {} });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema27.properties, key0) || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/deploy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.mode !== void 0) {
      if (typeof data.mode !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/mode", schemaPath: "#/definitions/deploy/properties/mode/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.endpoint_mode !== void 0) {
      if (typeof data.endpoint_mode !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/endpoint_mode", schemaPath: "#/definitions/deploy/properties/endpoint_mode/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.replicas !== void 0) {
      if (!validate53(data.replicas, { instancePath: instancePath + "/replicas", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== void 0) {
      if (!validate26(data.labels, { instancePath: instancePath + "/labels", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.rollback_config !== void 0) {
      if (!validate92(data.rollback_config, { instancePath: instancePath + "/rollback_config", rootData })) {
        vErrors = cat(vErrors, validate92.errors);
        errors = vErrors.length;
      }
    }
    if (data.update_config !== void 0) {
      if (!validate92(data.update_config, { instancePath: instancePath + "/update_config", rootData })) {
        vErrors = cat(vErrors, validate92.errors);
        errors = vErrors.length;
      }
    }
    if (data.resources !== void 0) {
      let data6 = data.resources;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "limits" || key1 === "reservations" || pattern0.test(key1))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/resources", schemaPath: "#/definitions/deploy/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
            errors++;
          }
        }
        if (data6.limits !== void 0) {
          if (!validate99(data6.limits, { instancePath: instancePath + "/resources/limits", rootData })) {
            vErrors = cat(vErrors, validate99.errors);
            errors = vErrors.length;
          }
        }
        if (data6.reservations !== void 0) {
          if (!validate99(data6.reservations, { instancePath: instancePath + "/resources/reservations", rootData })) {
            vErrors = cat(vErrors, validate99.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/resources", schemaPath: "#/definitions/deploy/properties/resources/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.restart_policy !== void 0) {
      let data9 = data.restart_policy;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (!(key2 === "condition" || key2 === "delay" || key2 === "max_attempts" || key2 === "window" || pattern0.test(key2))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/restart_policy", schemaPath: "#/definitions/deploy/properties/restart_policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } });
            errors++;
          }
        }
        if (data9.condition !== void 0) {
          if (typeof data9.condition !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/restart_policy/condition", schemaPath: "#/definitions/deploy/properties/restart_policy/properties/condition/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data9.delay !== void 0) {
          if (!validate80(data9.delay, { instancePath: instancePath + "/restart_policy/delay", rootData })) {
            vErrors = cat(vErrors, validate80.errors);
            errors = vErrors.length;
          }
        }
        if (data9.max_attempts !== void 0) {
          if (!validate53(data9.max_attempts, { instancePath: instancePath + "/restart_policy/max_attempts", rootData })) {
            vErrors = cat(vErrors, validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data9.window !== void 0) {
          if (!validate80(data9.window, { instancePath: instancePath + "/restart_policy/window", rootData })) {
            vErrors = cat(vErrors, validate80.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/restart_policy", schemaPath: "#/definitions/deploy/properties/restart_policy/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.placement !== void 0) {
      let data14 = data.placement;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key3 in data14) {
          if (!(key3 === "constraints" || key3 === "preferences" || key3 === "max_replicas_per_node" || pattern0.test(key3))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/placement", schemaPath: "#/definitions/deploy/properties/placement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 } });
            errors++;
          }
        }
        if (data14.constraints !== void 0) {
          if (!validate26(data14.constraints, { instancePath: instancePath + "/placement/constraints", rootData })) {
            vErrors = cat(vErrors, validate26.errors);
            errors = vErrors.length;
          }
        }
        if (data14.preferences !== void 0) {
          let data16 = data14.preferences;
          if (!data16 || typeof data16 != "object") {
            vErrors = add(vErrors, { instancePath: instancePath + "/placement/preferences", schemaPath: "#/definitions/deploy/properties/placement/properties/preferences/type", keyword: "type", params: {} });
            errors++;
          }
          if (Array.isArray(data16)) {
            const len0 = data16.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data17 = data16[i0];
              if (typeof data17 !== "string" && !(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
                vErrors = add(vErrors, { instancePath: instancePath + "/placement/preferences/" + i0, schemaPath: "#/definitions/deploy/properties/placement/properties/preferences/items/type", keyword: "type", params: {} });
                errors++;
              }
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                for (const key4 in data17) {
                  if (!(key4 === "spread" || pattern0.test(key4))) {
                    vErrors = add(vErrors, { instancePath: instancePath + "/placement/preferences/" + i0, schemaPath: "#/definitions/deploy/properties/placement/properties/preferences/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 } });
                    errors++;
                  }
                }
                if (data17.spread !== void 0) {
                  if (typeof data17.spread !== "string") {
                    vErrors = add(vErrors, { instancePath: instancePath + "/placement/preferences/" + i0 + "/spread", schemaPath: "#/definitions/deploy/properties/placement/properties/preferences/items/properties/spread/type", keyword: "type", params: {} });
                    errors++;
                  }
                }
              }
            }
          }
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key5 in data16) {
              if (typeof data16[key5] !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/placement/preferences/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/deploy/properties/placement/properties/preferences/additionalProperties/type", keyword: "type", params: {} });
                errors++;
              }
            }
          }
        }
        if (data14.max_replicas_per_node !== void 0) {
          if (!validate53(data14.max_replicas_per_node, { instancePath: instancePath + "/placement/max_replicas_per_node", rootData })) {
            vErrors = cat(vErrors, validate53.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/placement", schemaPath: "#/definitions/deploy/properties/placement/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  validate89.errors = vErrors;
  return errors === 0;
}
var pattern34 = new RegExp("^(?:rebuild|restart|sync|sync\\+restart|sync\\+exec)$|\\$", "u");
function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.command === void 0) {
      vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/hook/required", keyword: "required", params: { missingProperty: "command" } });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "command" || key0 === "user" || key0 === "privileged" || key0 === "working_dir" || key0 === "environment" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/hook/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.command !== void 0) {
      if (!validate72(data.command, { instancePath: instancePath + "/command", rootData })) {
        vErrors = cat(vErrors, validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/user", schemaPath: "#/definitions/hook/properties/user/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      if (!validate28(data.privileged, { instancePath: instancePath + "/privileged", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.working_dir !== void 0) {
      if (typeof data.working_dir !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/working_dir", schemaPath: "#/definitions/hook/properties/working_dir/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (!validate26(data.environment, { instancePath: instancePath + "/environment", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/hook/type", keyword: "type", params: {} });
    errors++;
  }
  validate122.errors = vErrors;
  return errors === 0;
}
function validate117(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/develop/type", keyword: "type", params: {} });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "watch" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/develop/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.watch !== void 0) {
      let data0 = data.watch;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.path === void 0) {
              vErrors = add(vErrors, { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/definitions/develop/properties/watch/items/required", keyword: "required", params: { missingProperty: "path" } });
              errors++;
            }
            if (data1.action === void 0) {
              vErrors = add(vErrors, { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/definitions/develop/properties/watch/items/required", keyword: "required", params: { missingProperty: "action" } });
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "path" || key1 === "action" || key1 === "target" || key1 === "ignore" || key1 === "include" || key1 === "initial_sync" || key1 === "exec" || pattern0.test(key1))) {
                vErrors = add(vErrors, { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/definitions/develop/properties/watch/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
                errors++;
              }
            }
            if (data1.path !== void 0) {
              if (!validate22(data1.path, { instancePath: instancePath + "/watch/" + i0 + "/path", rootData })) {
                vErrors = cat(vErrors, validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data1.action !== void 0) {
              let data3 = data1.action;
              if (typeof data3 === "string") {
                if (!pattern34.test(data3)) {
                  vErrors = add(vErrors, { instancePath: instancePath + "/watch/" + i0 + "/action", schemaPath: "#/definitions/develop/properties/watch/items/properties/action/pattern", keyword: "pattern", params: {} });
                  errors++;
                }
              } else {
                vErrors = add(vErrors, { instancePath: instancePath + "/watch/" + i0 + "/action", schemaPath: "#/definitions/develop/properties/watch/items/properties/action/type", keyword: "type", params: {} });
                errors++;
              }
            }
            if (data1.target !== void 0) {
              if (typeof data1.target !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/watch/" + i0 + "/target", schemaPath: "#/definitions/develop/properties/watch/items/properties/target/type", keyword: "type", params: {} });
                errors++;
              }
            }
            if (data1.ignore !== void 0) {
              if (!validate22(data1.ignore, { instancePath: instancePath + "/watch/" + i0 + "/ignore", rootData })) {
                vErrors = cat(vErrors, validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data1.include !== void 0) {
              if (!validate22(data1.include, { instancePath: instancePath + "/watch/" + i0 + "/include", rootData })) {
                vErrors = cat(vErrors, validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data1.initial_sync !== void 0) {
              if (!validate28(data1.initial_sync, { instancePath: instancePath + "/watch/" + i0 + "/initial_sync", rootData })) {
                vErrors = cat(vErrors, validate28.errors);
                errors = vErrors.length;
              }
            }
            if (data1.exec !== void 0) {
              if (!validate122(data1.exec, { instancePath: instancePath + "/watch/" + i0 + "/exec", rootData })) {
                vErrors = cat(vErrors, validate122.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/definitions/develop/properties/watch/items/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/watch", schemaPath: "#/definitions/develop/properties/watch/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  validate117.errors = vErrors;
  return errors === 0;
}
function validate138(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "disable" || key0 === "test" || key0 === "interval" || key0 === "timeout" || key0 === "retries" || key0 === "start_period" || key0 === "start_interval" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/healthcheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.disable !== void 0) {
      if (!validate28(data.disable, { instancePath: instancePath + "/disable", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.test !== void 0) {
      if (!validate22(data.test, { instancePath: instancePath + "/test", rootData })) {
        vErrors = cat(vErrors, validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.interval !== void 0) {
      if (!validate80(data.interval, { instancePath: instancePath + "/interval", rootData })) {
        vErrors = cat(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeout !== void 0) {
      if (!validate80(data.timeout, { instancePath: instancePath + "/timeout", rootData })) {
        vErrors = cat(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.retries !== void 0) {
      if (!validate83(data.retries, { instancePath: instancePath + "/retries", rootData })) {
        vErrors = cat(vErrors, validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.start_period !== void 0) {
      if (!validate80(data.start_period, { instancePath: instancePath + "/start_period", rootData })) {
        vErrors = cat(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.start_interval !== void 0) {
      if (!validate80(data.start_interval, { instancePath: instancePath + "/start_interval", rootData })) {
        vErrors = cat(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/healthcheck/type", keyword: "type", params: {} });
    errors++;
  }
  validate138.errors = vErrors;
  return errors === 0;
}
function validate151(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/options/type", keyword: "type", params: {} });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      if (typeof data0 !== "string" && !(typeof data0 == "number" && isFinite(data0)) && typeof data0 !== "boolean" && data0 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/options/additionalProperties/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  validate151.errors = vErrors;
  return errors === 0;
}
var schema35 = { "additionalProperties": { "properties": { "aliases": 0, "interface_name": 0, "ipv4_address": 0, "ipv6_address": 0, "link_local_ips": 0, "mac_address": 0, "driver_opts": 0, "priority": 0, "gw_priority": 0 } } };
function validate157(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!data || typeof data != "object") {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/serviceNetworks/type", keyword: "type", params: {} });
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/serviceNetworks/items/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data1 = data[key0];
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1)) && data1 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/serviceNetworks/additionalProperties/type", keyword: "type", params: {} });
        errors++;
      }
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(func2.call(schema35.additionalProperties.properties, key1) || pattern0.test(key1))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/serviceNetworks/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
            errors++;
          }
        }
        if (data1.aliases !== void 0) {
          if (!validate34(data1.aliases, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", rootData })) {
            vErrors = cat(vErrors, validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data1.interface_name !== void 0) {
          if (typeof data1.interface_name !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/interface_name", schemaPath: "#/definitions/serviceNetworks/additionalProperties/properties/interface_name/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data1.ipv4_address !== void 0) {
          if (typeof data1.ipv4_address !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/ipv4_address", schemaPath: "#/definitions/serviceNetworks/additionalProperties/properties/ipv4_address/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data1.ipv6_address !== void 0) {
          if (typeof data1.ipv6_address !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/ipv6_address", schemaPath: "#/definitions/serviceNetworks/additionalProperties/properties/ipv6_address/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data1.link_local_ips !== void 0) {
          if (!validate34(data1.link_local_ips, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/link_local_ips", rootData })) {
            vErrors = cat(vErrors, validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data1.mac_address !== void 0) {
          if (typeof data1.mac_address !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/mac_address", schemaPath: "#/definitions/serviceNetworks/additionalProperties/properties/mac_address/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data1.driver_opts !== void 0) {
          if (!validate151(data1.driver_opts, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/driver_opts", rootData })) {
            vErrors = cat(vErrors, validate151.errors);
            errors = vErrors.length;
          }
        }
        if (data1.priority !== void 0) {
          if (!validate83(data1.priority, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/priority", rootData })) {
            vErrors = cat(vErrors, validate83.errors);
            errors = vErrors.length;
          }
        }
        if (data1.gw_priority !== void 0) {
          if (!validate83(data1.gw_priority, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/gw_priority", rootData })) {
            vErrors = cat(vErrors, validate83.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate157.errors = vErrors;
  return errors === 0;
}
var pattern44 = new RegExp("^(?:host|ingress)$|\\$", "u");
function validate167(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number" && isFinite(data)) && !(data && typeof data == "object" && !Array.isArray(data))) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/port/type", keyword: "type", params: {} });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "target" || key0 === "published" || key0 === "host_ip" || key0 === "protocol" || key0 === "app_protocol" || key0 === "mode" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/name", schemaPath: "#/definitions/port/properties/name/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.target !== void 0) {
      if (!validate53(data.target, { instancePath: instancePath + "/target", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.published !== void 0) {
      let data2 = data.published;
      if (typeof data2 !== "string" && !(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        vErrors = add(vErrors, { instancePath: instancePath + "/published", schemaPath: "#/definitions/port/properties/published/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.host_ip !== void 0) {
      if (typeof data.host_ip !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/host_ip", schemaPath: "#/definitions/port/properties/host_ip/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.protocol !== void 0) {
      if (typeof data.protocol !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/protocol", schemaPath: "#/definitions/port/properties/protocol/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.app_protocol !== void 0) {
      if (typeof data.app_protocol !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/app_protocol", schemaPath: "#/definitions/port/properties/app_protocol/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data6 = data.mode;
      if (typeof data6 === "string") {
        if (!pattern44.test(data6)) {
          vErrors = add(vErrors, { instancePath: instancePath + "/mode", schemaPath: "#/definitions/port/properties/mode/pattern", keyword: "pattern", params: {} });
          errors++;
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/mode", schemaPath: "#/definitions/port/properties/mode/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  validate167.errors = vErrors;
  return errors === 0;
}
var schema37 = { "properties": { "type": 0, "source": 0, "target": 0, "read_only": 0, "consistency": 0, "bind": 0, "volume": 0, "tmpfs": 0, "image": 0 } };
var pattern48 = new RegExp("^(?:volume|bind|tmpfs|npipe|cluster|image)$|\\$", "u");
var pattern50 = new RegExp("^[zZ]$|\\$", "u");
function validate186(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/serviceVolume/type", keyword: "type", params: {} });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/serviceVolume/required", keyword: "required", params: { missingProperty: "type" } });
      errors++;
    }
    for (const key0 in data) {
      if (!(func2.call(schema37.properties, key0) || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/serviceVolume/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 === "string") {
        if (!pattern48.test(data0)) {
          vErrors = add(vErrors, { instancePath: instancePath + "/type", schemaPath: "#/definitions/serviceVolume/properties/type/pattern", keyword: "pattern", params: {} });
          errors++;
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/type", schemaPath: "#/definitions/serviceVolume/properties/type/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (typeof data.source !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/source", schemaPath: "#/definitions/serviceVolume/properties/source/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.target !== void 0) {
      if (typeof data.target !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/target", schemaPath: "#/definitions/serviceVolume/properties/target/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.read_only !== void 0) {
      if (!validate28(data.read_only, { instancePath: instancePath + "/read_only", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.consistency !== void 0) {
      if (typeof data.consistency !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/consistency", schemaPath: "#/definitions/serviceVolume/properties/consistency/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.bind !== void 0) {
      let data5 = data.bind;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "propagation" || key1 === "create_host_path" || key1 === "recursive" || key1 === "selinux" || pattern0.test(key1))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/bind", schemaPath: "#/definitions/serviceVolume/properties/bind/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
            errors++;
          }
        }
        if (data5.propagation !== void 0) {
          if (typeof data5.propagation !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/bind/propagation", schemaPath: "#/definitions/serviceVolume/properties/bind/properties/propagation/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data5.create_host_path !== void 0) {
          if (!validate28(data5.create_host_path, { instancePath: instancePath + "/bind/create_host_path", rootData })) {
            vErrors = cat(vErrors, validate28.errors);
            errors = vErrors.length;
          }
        }
        if (data5.recursive !== void 0) {
          if (typeof data5.recursive !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/bind/recursive", schemaPath: "#/definitions/serviceVolume/properties/bind/properties/recursive/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data5.selinux !== void 0) {
          let data9 = data5.selinux;
          if (typeof data9 === "string") {
            if (!pattern50.test(data9)) {
              vErrors = add(vErrors, { instancePath: instancePath + "/bind/selinux", schemaPath: "#/definitions/serviceVolume/properties/bind/properties/selinux/pattern", keyword: "pattern", params: {} });
              errors++;
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/bind/selinux", schemaPath: "#/definitions/serviceVolume/properties/bind/properties/selinux/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/bind", schemaPath: "#/definitions/serviceVolume/properties/bind/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.volume !== void 0) {
      let data10 = data.volume;
      if (!(data10 && typeof data10 == "object" && !Array.isArray(data10)) && data10 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/volume", schemaPath: "#/definitions/serviceVolume/properties/volume/type", keyword: "type", params: {} });
        errors++;
      }
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key2 in data10) {
          if (!(key2 === "nocopy" || key2 === "subpath" || key2 === "labels" || pattern0.test(key2))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/volume", schemaPath: "#/definitions/serviceVolume/properties/volume/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } });
            errors++;
          }
        }
        if (data10.nocopy !== void 0) {
          if (!validate28(data10.nocopy, { instancePath: instancePath + "/volume/nocopy", rootData })) {
            vErrors = cat(vErrors, validate28.errors);
            errors = vErrors.length;
          }
        }
        if (data10.subpath !== void 0) {
          if (typeof data10.subpath !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/volume/subpath", schemaPath: "#/definitions/serviceVolume/properties/volume/properties/subpath/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data10.labels !== void 0) {
          if (!validate26(data10.labels, { instancePath: instancePath + "/volume/labels", rootData })) {
            vErrors = cat(vErrors, validate26.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.tmpfs !== void 0) {
      let data14 = data.tmpfs;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key3 in data14) {
          if (!(key3 === "size" || key3 === "mode" || pattern0.test(key3))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/tmpfs", schemaPath: "#/definitions/serviceVolume/properties/tmpfs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 } });
            errors++;
          }
        }
        if (data14.size !== void 0) {
          if (!validate40(data14.size, { instancePath: instancePath + "/tmpfs/size", rootData })) {
            vErrors = cat(vErrors, validate40.errors);
            errors = vErrors.length;
          }
        }
        if (data14.mode !== void 0) {
          if (!validate47(data14.mode, { instancePath: instancePath + "/tmpfs/mode", rootData })) {
            vErrors = cat(vErrors, validate47.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/tmpfs", schemaPath: "#/definitions/serviceVolume/properties/tmpfs/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data17 = data.image;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key4 in data17) {
          if (!(key4 === "subpath" || pattern0.test(key4))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/image", schemaPath: "#/definitions/serviceVolume/properties/image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 } });
            errors++;
          }
        }
        if (data17.subpath !== void 0) {
          if (typeof data17.subpath !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/image/subpath", schemaPath: "#/definitions/serviceVolume/properties/image/properties/subpath/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/image", schemaPath: "#/definitions/serviceVolume/properties/image/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  validate186.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema8.properties, key0) || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/service/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate26(data.annotations, { instancePath: instancePath + "/annotations", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.attach !== void 0) {
      if (!validate28(data.attach, { instancePath: instancePath + "/attach", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.build !== void 0) {
      if (!validate30(data.build, { instancePath: instancePath + "/build", rootData })) {
        vErrors = cat(vErrors, validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.blkio_config !== void 0) {
      let data3 = data.blkio_config;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "device_read_bps" || key1 === "device_read_iops" || key1 === "device_write_bps" || key1 === "device_write_iops" || key1 === "weight" || key1 === "weight_device" || pattern0.test(key1))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/blkio_config", schemaPath: "#/definitions/service/properties/blkio_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
            errors++;
          }
        }
        if (data3.device_read_bps !== void 0) {
          let data4 = data3.device_read_bps;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate60(data4[i0], { instancePath: instancePath + "/blkio_config/device_read_bps/" + i0, rootData })) {
                vErrors = cat(vErrors, validate60.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/blkio_config/device_read_bps", schemaPath: "#/definitions/service/properties/blkio_config/properties/device_read_bps/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data3.device_read_iops !== void 0) {
          let data6 = data3.device_read_iops;
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate60(data6[i1], { instancePath: instancePath + "/blkio_config/device_read_iops/" + i1, rootData })) {
                vErrors = cat(vErrors, validate60.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/blkio_config/device_read_iops", schemaPath: "#/definitions/service/properties/blkio_config/properties/device_read_iops/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data3.device_write_bps !== void 0) {
          let data8 = data3.device_write_bps;
          if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate60(data8[i2], { instancePath: instancePath + "/blkio_config/device_write_bps/" + i2, rootData })) {
                vErrors = cat(vErrors, validate60.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/blkio_config/device_write_bps", schemaPath: "#/definitions/service/properties/blkio_config/properties/device_write_bps/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data3.device_write_iops !== void 0) {
          let data10 = data3.device_write_iops;
          if (Array.isArray(data10)) {
            const len3 = data10.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (!validate60(data10[i3], { instancePath: instancePath + "/blkio_config/device_write_iops/" + i3, rootData })) {
                vErrors = cat(vErrors, validate60.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/blkio_config/device_write_iops", schemaPath: "#/definitions/service/properties/blkio_config/properties/device_write_iops/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data3.weight !== void 0) {
          if (!validate53(data3.weight, { instancePath: instancePath + "/blkio_config/weight", rootData })) {
            vErrors = cat(vErrors, validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data3.weight_device !== void 0) {
          let data13 = data3.weight_device;
          if (Array.isArray(data13)) {
            const len4 = data13.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (!validate66(data13[i4], { instancePath: instancePath + "/blkio_config/weight_device/" + i4, rootData })) {
                vErrors = cat(vErrors, validate66.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/blkio_config/weight_device", schemaPath: "#/definitions/service/properties/blkio_config/properties/weight_device/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/blkio_config", schemaPath: "#/definitions/service/properties/blkio_config/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.cap_add !== void 0) {
      if (!validate69(data.cap_add, { instancePath: instancePath + "/cap_add", rootData })) {
        vErrors = cat(vErrors, validate69.errors);
        errors = vErrors.length;
      }
    }
    if (data.cap_drop !== void 0) {
      if (!validate69(data.cap_drop, { instancePath: instancePath + "/cap_drop", rootData })) {
        vErrors = cat(vErrors, validate69.errors);
        errors = vErrors.length;
      }
    }
    if (data.cgroup !== void 0) {
      let data17 = data.cgroup;
      if (typeof data17 === "string") {
        if (!pattern14.test(data17)) {
          vErrors = add(vErrors, { instancePath: instancePath + "/cgroup", schemaPath: "#/definitions/service/properties/cgroup/pattern", keyword: "pattern", params: {} });
          errors++;
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/cgroup", schemaPath: "#/definitions/service/properties/cgroup/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.cgroup_parent !== void 0) {
      if (typeof data.cgroup_parent !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/cgroup_parent", schemaPath: "#/definitions/service/properties/cgroup_parent/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.command !== void 0) {
      if (!validate72(data.command, { instancePath: instancePath + "/command", rootData })) {
        vErrors = cat(vErrors, validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.configs !== void 0) {
      if (!validate45(data.configs, { instancePath: instancePath + "/configs", rootData })) {
        vErrors = cat(vErrors, validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.container_name !== void 0) {
      if (typeof data.container_name !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/container_name", schemaPath: "#/definitions/service/properties/container_name/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.cpu_count !== void 0) {
      if (!validate53(data.cpu_count, { instancePath: instancePath + "/cpu_count", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.cpu_percent !== void 0) {
      if (!validate53(data.cpu_percent, { instancePath: instancePath + "/cpu_percent", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.cpu_shares !== void 0) {
      if (!validate53(data.cpu_shares, { instancePath: instancePath + "/cpu_shares", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.cpu_quota !== void 0) {
      if (!validate53(data.cpu_quota, { instancePath: instancePath + "/cpu_quota", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.cpu_period !== void 0) {
      if (!validate53(data.cpu_period, { instancePath: instancePath + "/cpu_period", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.cpu_rt_period !== void 0) {
      if (!validate80(data.cpu_rt_period, { instancePath: instancePath + "/cpu_rt_period", rootData })) {
        vErrors = cat(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.cpu_rt_runtime !== void 0) {
      if (!validate80(data.cpu_rt_runtime, { instancePath: instancePath + "/cpu_rt_runtime", rootData })) {
        vErrors = cat(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.cpus !== void 0) {
      if (!validate83(data.cpus, { instancePath: instancePath + "/cpus", rootData })) {
        vErrors = cat(vErrors, validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.cpuset !== void 0) {
      if (typeof data.cpuset !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/cpuset", schemaPath: "#/definitions/service/properties/cpuset/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.credential_spec !== void 0) {
      let data31 = data.credential_spec;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key2 in data31) {
          if (!(key2 === "config" || key2 === "file" || key2 === "registry" || pattern0.test(key2))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/credential_spec", schemaPath: "#/definitions/service/properties/credential_spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } });
            errors++;
          }
        }
        if (data31.config !== void 0) {
          if (typeof data31.config !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/credential_spec/config", schemaPath: "#/definitions/service/properties/credential_spec/properties/config/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data31.file !== void 0) {
          if (typeof data31.file !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/credential_spec/file", schemaPath: "#/definitions/service/properties/credential_spec/properties/file/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data31.registry !== void 0) {
          if (typeof data31.registry !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/credential_spec/registry", schemaPath: "#/definitions/service/properties/credential_spec/properties/registry/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/credential_spec", schemaPath: "#/definitions/service/properties/credential_spec/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      if (!validate85(data.depends_on, { instancePath: instancePath + "/depends_on", rootData })) {
        vErrors = cat(vErrors, validate85.errors);
        errors = vErrors.length;
      }
    }
    if (data.deploy !== void 0) {
      if (!validate89(data.deploy, { instancePath: instancePath + "/deploy", rootData })) {
        vErrors = cat(vErrors, validate89.errors);
        errors = vErrors.length;
      }
    }
    if (data.develop !== void 0) {
      if (!validate117(data.develop, { instancePath: instancePath + "/develop", rootData })) {
        vErrors = cat(vErrors, validate117.errors);
        errors = vErrors.length;
      }
    }
    if (data.device_cgroup_rules !== void 0) {
      if (!validate34(data.device_cgroup_rules, { instancePath: instancePath + "/device_cgroup_rules", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.devices !== void 0) {
      let data39 = data.devices;
      if (Array.isArray(data39)) {
        const len5 = data39.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data40 = data39[i5];
          if (typeof data40 !== "string" && !(data40 && typeof data40 == "object" && !Array.isArray(data40))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/devices/" + i5, schemaPath: "#/definitions/service/properties/devices/items/type", keyword: "type", params: {} });
            errors++;
          }
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.source === void 0) {
              vErrors = add(vErrors, { instancePath: instancePath + "/devices/" + i5, schemaPath: "#/definitions/service/properties/devices/items/required", keyword: "required", params: { missingProperty: "source" } });
              errors++;
            }
            for (const key3 in data40) {
              if (!(key3 === "source" || key3 === "target" || key3 === "permissions" || pattern0.test(key3))) {
                vErrors = add(vErrors, { instancePath: instancePath + "/devices/" + i5, schemaPath: "#/definitions/service/properties/devices/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 } });
                errors++;
              }
            }
            if (data40.source !== void 0) {
              if (typeof data40.source !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/devices/" + i5 + "/source", schemaPath: "#/definitions/service/properties/devices/items/properties/source/type", keyword: "type", params: {} });
                errors++;
              }
            }
            if (data40.target !== void 0) {
              if (typeof data40.target !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/devices/" + i5 + "/target", schemaPath: "#/definitions/service/properties/devices/items/properties/target/type", keyword: "type", params: {} });
                errors++;
              }
            }
            if (data40.permissions !== void 0) {
              if (typeof data40.permissions !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/devices/" + i5 + "/permissions", schemaPath: "#/definitions/service/properties/devices/items/properties/permissions/type", keyword: "type", params: {} });
                errors++;
              }
            }
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/devices", schemaPath: "#/definitions/service/properties/devices/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.dns !== void 0) {
      if (!validate22(data.dns, { instancePath: instancePath + "/dns", rootData })) {
        vErrors = cat(vErrors, validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.dns_opt !== void 0) {
      if (!validate34(data.dns_opt, { instancePath: instancePath + "/dns_opt", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.dns_search !== void 0) {
      if (!validate22(data.dns_search, { instancePath: instancePath + "/dns_search", rootData })) {
        vErrors = cat(vErrors, validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.domainname !== void 0) {
      if (typeof data.domainname !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/domainname", schemaPath: "#/definitions/service/properties/domainname/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.entrypoint !== void 0) {
      if (!validate72(data.entrypoint, { instancePath: instancePath + "/entrypoint", rootData })) {
        vErrors = cat(vErrors, validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.env_file !== void 0) {
      let data49 = data.env_file;
      if (typeof data49 !== "string" && !Array.isArray(data49)) {
        vErrors = add(vErrors, { instancePath: instancePath + "/env_file", schemaPath: "#/definitions/service/properties/env_file/type", keyword: "type", params: {} });
        errors++;
      }
      if (Array.isArray(data49)) {
        const len6 = data49.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data50 = data49[i6];
          if (typeof data50 !== "string" && !(data50 && typeof data50 == "object" && !Array.isArray(data50))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/env_file/" + i6, schemaPath: "#/definitions/service/properties/env_file/items/type", keyword: "type", params: {} });
            errors++;
          }
          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
            if (data50.path === void 0) {
              vErrors = add(vErrors, { instancePath: instancePath + "/env_file/" + i6, schemaPath: "#/definitions/service/properties/env_file/items/required", keyword: "required", params: { missingProperty: "path" } });
              errors++;
            }
            for (const key4 in data50) {
              if (!(key4 === "path" || key4 === "required" || key4 === "format" || pattern0.test(key4))) {
                vErrors = add(vErrors, { instancePath: instancePath + "/env_file/" + i6, schemaPath: "#/definitions/service/properties/env_file/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 } });
                errors++;
              }
            }
            if (data50.path !== void 0) {
              if (typeof data50.path !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/env_file/" + i6 + "/path", schemaPath: "#/definitions/service/properties/env_file/items/properties/path/type", keyword: "type", params: {} });
                errors++;
              }
            }
            if (data50.required !== void 0) {
              if (!validate28(data50.required, { instancePath: instancePath + "/env_file/" + i6 + "/required", rootData })) {
                vErrors = cat(vErrors, validate28.errors);
                errors = vErrors.length;
              }
            }
            if (data50.format !== void 0) {
              if (typeof data50.format !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/env_file/" + i6 + "/format", schemaPath: "#/definitions/service/properties/env_file/items/properties/format/type", keyword: "type", params: {} });
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.environment !== void 0) {
      if (!validate26(data.environment, { instancePath: instancePath + "/environment", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.expose !== void 0) {
      let data55 = data.expose;
      if (Array.isArray(data55)) {
        const len7 = data55.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data56 = data55[i7];
          if (typeof data56 !== "string" && !(typeof data56 == "number" && isFinite(data56))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/expose/" + i7, schemaPath: "#/definitions/service/properties/expose/items/type", keyword: "type", params: {} });
            errors++;
          }
        }
        let i8 = data55.length;
        let j0;
        if (i8 > 1) {
          const indices0 = {};
          for (; i8--; ) {
            let item0 = data55[i8];
            if (typeof item0 !== "string" && !(typeof item0 == "number" && isFinite(item0))) {
              continue;
            }
            if (typeof item0 == "string") {
              item0 += "_";
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              vErrors = add(vErrors, { instancePath: instancePath + "/expose", schemaPath: "#/definitions/service/properties/expose/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j0 } });
              errors++;
              break;
            }
            indices0[item0] = i8;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/expose", schemaPath: "#/definitions/service/properties/expose/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data57 = data.extends;
      if (typeof data57 !== "string" && !(data57 && typeof data57 == "object" && !Array.isArray(data57))) {
        vErrors = add(vErrors, { instancePath: instancePath + "/extends", schemaPath: "#/definitions/service/properties/extends/type", keyword: "type", params: {} });
        errors++;
      }
      if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
        if (data57.service === void 0) {
          vErrors = add(vErrors, { instancePath: instancePath + "/extends", schemaPath: "#/definitions/service/properties/extends/required", keyword: "required", params: { missingProperty: "service" } });
          errors++;
        }
        for (const key5 in data57) {
          if (!(key5 === "service" || key5 === "file" || pattern0.test(key5))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/extends", schemaPath: "#/definitions/service/properties/extends/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 } });
            errors++;
          }
        }
        if (data57.service !== void 0) {
          if (typeof data57.service !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/extends/service", schemaPath: "#/definitions/service/properties/extends/properties/service/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data57.file !== void 0) {
          if (typeof data57.file !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/extends/file", schemaPath: "#/definitions/service/properties/extends/properties/file/type", keyword: "type", params: {} });
            errors++;
          }
        }
      }
    }
    if (data.external_links !== void 0) {
      if (!validate34(data.external_links, { instancePath: instancePath + "/external_links", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_hosts !== void 0) {
      if (!validate42(data.extra_hosts, { instancePath: instancePath + "/extra_hosts", rootData })) {
        vErrors = cat(vErrors, validate42.errors);
        errors = vErrors.length;
      }
    }
    if (data.gpus !== void 0) {
      let data62 = data.gpus;
      if (typeof data62 !== "string" && !Array.isArray(data62)) {
        vErrors = add(vErrors, { instancePath: instancePath + "/gpus", schemaPath: "#/definitions/service/properties/gpus/type", keyword: "type", params: {} });
        errors++;
      }
      if (Array.isArray(data62)) {
        const len8 = data62.length;
        for (let i9 = 0; i9 < len8; i9++) {
          if (!validate104(data62[i9], { instancePath: instancePath + "/gpus/" + i9, rootData })) {
            vErrors = cat(vErrors, validate104.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.group_add !== void 0) {
      let data64 = data.group_add;
      if (Array.isArray(data64)) {
        const len9 = data64.length;
        for (let i10 = 0; i10 < len9; i10++) {
          let data65 = data64[i10];
          if (typeof data65 !== "string" && !(typeof data65 == "number" && isFinite(data65))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/group_add/" + i10, schemaPath: "#/definitions/service/properties/group_add/items/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/group_add", schemaPath: "#/definitions/service/properties/group_add/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.healthcheck !== void 0) {
      if (!validate138(data.healthcheck, { instancePath: instancePath + "/healthcheck", rootData })) {
        vErrors = cat(vErrors, validate138.errors);
        errors = vErrors.length;
      }
    }
    if (data.hostname !== void 0) {
      if (typeof data.hostname !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/service/properties/hostname/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/image", schemaPath: "#/definitions/service/properties/image/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.init !== void 0) {
      if (!validate28(data.init, { instancePath: instancePath + "/init", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.ipc !== void 0) {
      if (typeof data.ipc !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/ipc", schemaPath: "#/definitions/service/properties/ipc/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.isolation !== void 0) {
      if (typeof data.isolation !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/isolation", schemaPath: "#/definitions/service/properties/isolation/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate26(data.labels, { instancePath: instancePath + "/labels", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.label_file !== void 0) {
      if (!validate22(data.label_file, { instancePath: instancePath + "/label_file", rootData })) {
        vErrors = cat(vErrors, validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.links !== void 0) {
      if (!validate34(data.links, { instancePath: instancePath + "/links", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.logging !== void 0) {
      let data75 = data.logging;
      if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
        for (const key6 in data75) {
          if (!(key6 === "driver" || key6 === "options" || pattern0.test(key6))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/logging", schemaPath: "#/definitions/service/properties/logging/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 } });
            errors++;
          }
        }
        if (data75.driver !== void 0) {
          if (typeof data75.driver !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/logging/driver", schemaPath: "#/definitions/service/properties/logging/properties/driver/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data75.options !== void 0) {
          if (!validate151(data75.options, { instancePath: instancePath + "/logging/options", rootData })) {
            vErrors = cat(vErrors, validate151.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/logging", schemaPath: "#/definitions/service/properties/logging/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.mac_address !== void 0) {
      if (typeof data.mac_address !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/mac_address", schemaPath: "#/definitions/service/properties/mac_address/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.mem_limit !== void 0) {
      if (!validate40(data.mem_limit, { instancePath: instancePath + "/mem_limit", rootData })) {
        vErrors = cat(vErrors, validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.mem_reservation !== void 0) {
      if (!validate40(data.mem_reservation, { instancePath: instancePath + "/mem_reservation", rootData })) {
        vErrors = cat(vErrors, validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.mem_swappiness !== void 0) {
      if (!validate53(data.mem_swappiness, { instancePath: instancePath + "/mem_swappiness", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.memswap_limit !== void 0) {
      if (!validate40(data.memswap_limit, { instancePath: instancePath + "/memswap_limit", rootData })) {
        vErrors = cat(vErrors, validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.models !== void 0) {
      let data83 = data.models;
      if (!data83 || typeof data83 != "object") {
        vErrors = add(vErrors, { instancePath: instancePath + "/models", schemaPath: "#/definitions/service/properties/models/type", keyword: "type", params: {} });
        errors++;
      }
      if (Array.isArray(data83)) {
        const len10 = data83.length;
        for (let i11 = 0; i11 < len10; i11++) {
          if (typeof data83[i11] !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/models/" + i11, schemaPath: "#/definitions/service/properties/models/items/type", keyword: "type", params: {} });
            errors++;
          }
        }
      }
      if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
        for (const key7 in data83) {
          let data85 = data83[key7];
          if (!(data85 && typeof data85 == "object" && !Array.isArray(data85)) && data85 !== null) {
            vErrors = add(vErrors, { instancePath: instancePath + "/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/service/properties/models/additionalProperties/type", keyword: "type", params: {} });
            errors++;
          }
          if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
            for (const key8 in data85) {
              if (!(key8 === "endpoint_var" || key8 === "model_var" || pattern0.test(key8))) {
                vErrors = add(vErrors, { instancePath: instancePath + "/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/service/properties/models/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 } });
                errors++;
              }
            }
            if (data85.endpoint_var !== void 0) {
              if (typeof data85.endpoint_var !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/endpoint_var", schemaPath: "#/definitions/service/properties/models/additionalProperties/properties/endpoint_var/type", keyword: "type", params: {} });
                errors++;
              }
            }
            if (data85.model_var !== void 0) {
              if (typeof data85.model_var !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/model_var", schemaPath: "#/definitions/service/properties/models/additionalProperties/properties/model_var/type", keyword: "type", params: {} });
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.network_mode !== void 0) {
      if (typeof data.network_mode !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/network_mode", schemaPath: "#/definitions/service/properties/network_mode/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.networks !== void 0) {
      if (!validate157(data.networks, { instancePath: instancePath + "/networks", rootData })) {
        vErrors = cat(vErrors, validate157.errors);
        errors = vErrors.length;
      }
    }
    if (data.oom_kill_disable !== void 0) {
      if (!validate28(data.oom_kill_disable, { instancePath: instancePath + "/oom_kill_disable", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.oom_score_adj !== void 0) {
      if (!validate53(data.oom_score_adj, { instancePath: instancePath + "/oom_score_adj", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.pid !== void 0) {
      let data92 = data.pid;
      if (typeof data92 !== "string" && data92 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/pid", schemaPath: "#/definitions/service/properties/pid/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.pids_limit !== void 0) {
      if (!validate53(data.pids_limit, { instancePath: instancePath + "/pids_limit", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.platform !== void 0) {
      if (typeof data.platform !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/platform", schemaPath: "#/definitions/service/properties/platform/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data95 = data.ports;
      if (Array.isArray(data95)) {
        const len11 = data95.length;
        for (let i12 = 0; i12 < len11; i12++) {
          if (!validate167(data95[i12], { instancePath: instancePath + "/ports/" + i12, rootData })) {
            vErrors = cat(vErrors, validate167.errors);
            errors = vErrors.length;
          }
        }
        let i13 = data95.length;
        let j1;
        if (i13 > 1) {
          outer0: for (; i13--; ) {
            for (j1 = i13; j1--; ) {
              if (func0(data95[i13], data95[j1])) {
                vErrors = add(vErrors, { instancePath: instancePath + "/ports", schemaPath: "#/definitions/service/properties/ports/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j1 } });
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/ports", schemaPath: "#/definitions/service/properties/ports/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.post_start !== void 0) {
      let data97 = data.post_start;
      if (Array.isArray(data97)) {
        const len12 = data97.length;
        for (let i14 = 0; i14 < len12; i14++) {
          if (!validate122(data97[i14], { instancePath: instancePath + "/post_start/" + i14, rootData })) {
            vErrors = cat(vErrors, validate122.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/post_start", schemaPath: "#/definitions/service/properties/post_start/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.pre_stop !== void 0) {
      let data99 = data.pre_stop;
      if (Array.isArray(data99)) {
        const len13 = data99.length;
        for (let i15 = 0; i15 < len13; i15++) {
          if (!validate122(data99[i15], { instancePath: instancePath + "/pre_stop/" + i15, rootData })) {
            vErrors = cat(vErrors, validate122.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/pre_stop", schemaPath: "#/definitions/service/properties/pre_stop/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      if (!validate28(data.privileged, { instancePath: instancePath + "/privileged", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.profiles !== void 0) {
      if (!validate34(data.profiles, { instancePath: instancePath + "/profiles", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.provider !== void 0) {
      let data103 = data.provider;
      if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
        if (data103.type === void 0) {
          vErrors = add(vErrors, { instancePath: instancePath + "/provider", schemaPath: "#/definitions/service/properties/provider/required", keyword: "required", params: { missingProperty: "type" } });
          errors++;
        }
        for (const key9 in data103) {
          if (!(key9 === "type" || key9 === "options" || pattern0.test(key9))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/provider", schemaPath: "#/definitions/service/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 } });
            errors++;
          }
        }
        if (data103.type !== void 0) {
          if (typeof data103.type !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/provider/type", schemaPath: "#/definitions/service/properties/provider/properties/type/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data103.options !== void 0) {
          let data105 = data103.options;
          if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
            for (const key10 in data105) {
              let data106 = data105[key10];
              if (typeof data106 !== "string" && !(typeof data106 == "number" && isFinite(data106)) && typeof data106 !== "boolean" && !Array.isArray(data106)) {
                vErrors = add(vErrors, { instancePath: instancePath + "/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/service/properties/provider/properties/options/additionalProperties/type", keyword: "type", params: {} });
                errors++;
              }
              if (Array.isArray(data106)) {
                const len14 = data106.length;
                for (let i16 = 0; i16 < len14; i16++) {
                  let data107 = data106[i16];
                  if (typeof data107 !== "string" && !(typeof data107 == "number" && isFinite(data107)) && typeof data107 !== "boolean") {
                    vErrors = add(vErrors, { instancePath: instancePath + "/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i16, schemaPath: "#/definitions/service/properties/provider/properties/options/additionalProperties/items/type", keyword: "type", params: {} });
                    errors++;
                  }
                }
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/provider/options", schemaPath: "#/definitions/service/properties/provider/properties/options/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/provider", schemaPath: "#/definitions/service/properties/provider/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.pull_policy !== void 0) {
      if (typeof data.pull_policy !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/pull_policy", schemaPath: "#/definitions/service/properties/pull_policy/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.pull_refresh_after !== void 0) {
      if (typeof data.pull_refresh_after !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/pull_refresh_after", schemaPath: "#/definitions/service/properties/pull_refresh_after/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.read_only !== void 0) {
      if (!validate28(data.read_only, { instancePath: instancePath + "/read_only", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.restart !== void 0) {
      let data111 = data.restart;
      if (typeof data111 === "string") {
        if (!pattern46.test(data111)) {
          vErrors = add(vErrors, { instancePath: instancePath + "/restart", schemaPath: "#/definitions/service/properties/restart/pattern", keyword: "pattern", params: {} });
          errors++;
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/restart", schemaPath: "#/definitions/service/properties/restart/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.runtime !== void 0) {
      if (typeof data.runtime !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/runtime", schemaPath: "#/definitions/service/properties/runtime/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.scale !== void 0) {
      if (!validate53(data.scale, { instancePath: instancePath + "/scale", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.secrets !== void 0) {
      if (!validate45(data.secrets, { instancePath: instancePath + "/secrets", rootData })) {
        vErrors = cat(vErrors, validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.security_opt !== void 0) {
      if (!validate69(data.security_opt, { instancePath: instancePath + "/security_opt", rootData })) {
        vErrors = cat(vErrors, validate69.errors);
        errors = vErrors.length;
      }
    }
    if (data.shm_size !== void 0) {
      if (!validate40(data.shm_size, { instancePath: instancePath + "/shm_size", rootData })) {
        vErrors = cat(vErrors, validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.stdin_open !== void 0) {
      if (!validate28(data.stdin_open, { instancePath: instancePath + "/stdin_open", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.stop_grace_period !== void 0) {
      if (!validate80(data.stop_grace_period, { instancePath: instancePath + "/stop_grace_period", rootData })) {
        vErrors = cat(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.stop_signal !== void 0) {
      if (typeof data.stop_signal !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/stop_signal", schemaPath: "#/definitions/service/properties/stop_signal/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.storage_opt !== void 0) {
      let data120 = data.storage_opt;
      if (!(data120 && typeof data120 == "object" && !Array.isArray(data120))) {
        vErrors = add(vErrors, { instancePath: instancePath + "/storage_opt", schemaPath: "#/definitions/service/properties/storage_opt/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.sysctls !== void 0) {
      if (!validate26(data.sysctls, { instancePath: instancePath + "/sysctls", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.tmpfs !== void 0) {
      if (!validate22(data.tmpfs, { instancePath: instancePath + "/tmpfs", rootData })) {
        vErrors = cat(vErrors, validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.tty !== void 0) {
      if (!validate28(data.tty, { instancePath: instancePath + "/tty", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.ulimits !== void 0) {
      if (!validate52(data.ulimits, { instancePath: instancePath + "/ulimits", rootData })) {
        vErrors = cat(vErrors, validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.use_api_socket !== void 0) {
      if (!validate28(data.use_api_socket, { instancePath: instancePath + "/use_api_socket", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/user", schemaPath: "#/definitions/service/properties/user/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.userns_mode !== void 0) {
      if (typeof data.userns_mode !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/userns_mode", schemaPath: "#/definitions/service/properties/userns_mode/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.uts !== void 0) {
      if (typeof data.uts !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/uts", schemaPath: "#/definitions/service/properties/uts/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data129 = data.volumes;
      if (Array.isArray(data129)) {
        const len15 = data129.length;
        for (let i17 = 0; i17 < len15; i17++) {
          if (!validate186(data129[i17], { instancePath: instancePath + "/volumes/" + i17, rootData })) {
            vErrors = cat(vErrors, validate186.errors);
            errors = vErrors.length;
          }
        }
        let i18 = data129.length;
        let j2;
        if (i18 > 1) {
          outer1: for (; i18--; ) {
            for (j2 = i18; j2--; ) {
              if (func0(data129[i18], data129[j2])) {
                vErrors = add(vErrors, { instancePath: instancePath + "/volumes", schemaPath: "#/definitions/service/properties/volumes/uniqueItems", keyword: "uniqueItems", params: { i: i18, j: j2 } });
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/volumes", schemaPath: "#/definitions/service/properties/volumes/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.volumes_from !== void 0) {
      if (!validate34(data.volumes_from, { instancePath: instancePath + "/volumes_from", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.working_dir !== void 0) {
      if (typeof data.working_dir !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/working_dir", schemaPath: "#/definitions/service/properties/working_dir/type", keyword: "type", params: {} });
        errors++;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/service/type", keyword: "type", params: {} });
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var schema38 = { "properties": { "name": 0, "driver": 0, "driver_opts": 0, "ipam": 0, "external": 0, "internal": 0, "enable_ipv4": 0, "enable_ipv6": 0, "attachable": 0, "labels": 0 } };
function validate198(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "boolean" && typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/externalFlag/type", keyword: "type", params: {} });
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern4.test(data)) {
      vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/externalFlag/pattern", keyword: "pattern", params: {} });
      errors++;
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/externalFlag/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/name", schemaPath: "#/definitions/externalFlag/properties/name/type", keyword: "type", params: {} });
        errors++;
      }
    }
  }
  validate198.errors = vErrors;
  return errors === 0;
}
function validate196(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/network/type", keyword: "type", params: {} });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema38.properties, key0) || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/name", schemaPath: "#/definitions/network/properties/name/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/driver", schemaPath: "#/definitions/network/properties/driver/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      if (!validate151(data.driver_opts, { instancePath: instancePath + "/driver_opts", rootData })) {
        vErrors = cat(vErrors, validate151.errors);
        errors = vErrors.length;
      }
    }
    if (data.ipam !== void 0) {
      let data3 = data.ipam;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "driver" || key1 === "config" || key1 === "options" || pattern0.test(key1))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/ipam", schemaPath: "#/definitions/network/properties/ipam/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
            errors++;
          }
        }
        if (data3.driver !== void 0) {
          if (typeof data3.driver !== "string") {
            vErrors = add(vErrors, { instancePath: instancePath + "/ipam/driver", schemaPath: "#/definitions/network/properties/ipam/properties/driver/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data3.config !== void 0) {
          let data5 = data3.config;
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                for (const key2 in data6) {
                  if (!(key2 === "subnet" || key2 === "ip_range" || key2 === "gateway" || key2 === "aux_addresses" || pattern0.test(key2))) {
                    vErrors = add(vErrors, { instancePath: instancePath + "/ipam/config/" + i0, schemaPath: "#/definitions/network/properties/ipam/properties/config/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } });
                    errors++;
                  }
                }
                if (data6.subnet !== void 0) {
                  if (typeof data6.subnet !== "string") {
                    vErrors = add(vErrors, { instancePath: instancePath + "/ipam/config/" + i0 + "/subnet", schemaPath: "#/definitions/network/properties/ipam/properties/config/items/properties/subnet/type", keyword: "type", params: {} });
                    errors++;
                  }
                }
                if (data6.ip_range !== void 0) {
                  if (typeof data6.ip_range !== "string") {
                    vErrors = add(vErrors, { instancePath: instancePath + "/ipam/config/" + i0 + "/ip_range", schemaPath: "#/definitions/network/properties/ipam/properties/config/items/properties/ip_range/type", keyword: "type", params: {} });
                    errors++;
                  }
                }
                if (data6.gateway !== void 0) {
                  if (typeof data6.gateway !== "string") {
                    vErrors = add(vErrors, { instancePath: instancePath + "/ipam/config/" + i0 + "/gateway", schemaPath: "#/definitions/network/properties/ipam/properties/config/items/properties/gateway/type", keyword: "type", params: {} });
                    errors++;
                  }
                }
                if (data6.aux_addresses !== void 0) {
                  let data10 = data6.aux_addresses;
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    for (const key3 in data10) {
                      if (typeof data10[key3] !== "string") {
                        vErrors = add(vErrors, { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/network/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties/type", keyword: "type", params: {} });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = add(vErrors, { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses", schemaPath: "#/definitions/network/properties/ipam/properties/config/items/properties/aux_addresses/type", keyword: "type", params: {} });
                    errors++;
                  }
                }
              } else {
                vErrors = add(vErrors, { instancePath: instancePath + "/ipam/config/" + i0, schemaPath: "#/definitions/network/properties/ipam/properties/config/items/type", keyword: "type", params: {} });
                errors++;
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/ipam/config", schemaPath: "#/definitions/network/properties/ipam/properties/config/type", keyword: "type", params: {} });
            errors++;
          }
        }
        if (data3.options !== void 0) {
          let data12 = data3.options;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key4 in data12) {
              if (typeof data12[key4] !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/ipam/options/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/network/properties/ipam/properties/options/additionalProperties/type", keyword: "type", params: {} });
                errors++;
              }
            }
          } else {
            vErrors = add(vErrors, { instancePath: instancePath + "/ipam/options", schemaPath: "#/definitions/network/properties/ipam/properties/options/type", keyword: "type", params: {} });
            errors++;
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/ipam", schemaPath: "#/definitions/network/properties/ipam/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.external !== void 0) {
      if (!validate198(data.external, { instancePath: instancePath + "/external", rootData })) {
        vErrors = cat(vErrors, validate198.errors);
        errors = vErrors.length;
      }
    }
    if (data.internal !== void 0) {
      if (!validate28(data.internal, { instancePath: instancePath + "/internal", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable_ipv4 !== void 0) {
      if (!validate28(data.enable_ipv4, { instancePath: instancePath + "/enable_ipv4", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable_ipv6 !== void 0) {
      if (!validate28(data.enable_ipv6, { instancePath: instancePath + "/enable_ipv6", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.attachable !== void 0) {
      if (!validate28(data.attachable, { instancePath: instancePath + "/attachable", rootData })) {
        vErrors = cat(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== void 0) {
      if (!validate26(data.labels, { instancePath: instancePath + "/labels", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
  }
  validate196.errors = vErrors;
  return errors === 0;
}
function validate206(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/volume/type", keyword: "type", params: {} });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "driver" || key0 === "driver_opts" || key0 === "external" || key0 === "labels" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/volume/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/name", schemaPath: "#/definitions/volume/properties/name/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/driver", schemaPath: "#/definitions/volume/properties/driver/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      if (!validate151(data.driver_opts, { instancePath: instancePath + "/driver_opts", rootData })) {
        vErrors = cat(vErrors, validate151.errors);
        errors = vErrors.length;
      }
    }
    if (data.external !== void 0) {
      if (!validate198(data.external, { instancePath: instancePath + "/external", rootData })) {
        vErrors = cat(vErrors, validate198.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== void 0) {
      if (!validate26(data.labels, { instancePath: instancePath + "/labels", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
  }
  validate206.errors = vErrors;
  return errors === 0;
}
function validate211(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "file" || key0 === "environment" || key0 === "external" || key0 === "labels" || key0 === "driver" || key0 === "driver_opts" || key0 === "template_driver" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/secret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/name", schemaPath: "#/definitions/secret/properties/name/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.file !== void 0) {
      if (typeof data.file !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/file", schemaPath: "#/definitions/secret/properties/file/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (typeof data.environment !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/environment", schemaPath: "#/definitions/secret/properties/environment/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.external !== void 0) {
      if (!validate198(data.external, { instancePath: instancePath + "/external", rootData })) {
        vErrors = cat(vErrors, validate198.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== void 0) {
      if (!validate26(data.labels, { instancePath: instancePath + "/labels", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/driver", schemaPath: "#/definitions/secret/properties/driver/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      if (!validate151(data.driver_opts, { instancePath: instancePath + "/driver_opts", rootData })) {
        vErrors = cat(vErrors, validate151.errors);
        errors = vErrors.length;
      }
    }
    if (data.template_driver !== void 0) {
      if (typeof data.template_driver !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/template_driver", schemaPath: "#/definitions/secret/properties/template_driver/type", keyword: "type", params: {} });
        errors++;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/secret/type", keyword: "type", params: {} });
    errors++;
  }
  validate211.errors = vErrors;
  return errors === 0;
}
function validate216(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "file" || key0 === "content" || key0 === "environment" || key0 === "external" || key0 === "labels" || key0 === "template_driver" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/name", schemaPath: "#/definitions/config/properties/name/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.file !== void 0) {
      if (typeof data.file !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/file", schemaPath: "#/definitions/config/properties/file/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/content", schemaPath: "#/definitions/config/properties/content/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (typeof data.environment !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/environment", schemaPath: "#/definitions/config/properties/environment/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.external !== void 0) {
      if (!validate198(data.external, { instancePath: instancePath + "/external", rootData })) {
        vErrors = cat(vErrors, validate198.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== void 0) {
      if (!validate26(data.labels, { instancePath: instancePath + "/labels", rootData })) {
        vErrors = cat(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.template_driver !== void 0) {
      if (typeof data.template_driver !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/template_driver", schemaPath: "#/definitions/config/properties/template_driver/type", keyword: "type", params: {} });
        errors++;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/config/type", keyword: "type", params: {} });
    errors++;
  }
  validate216.errors = vErrors;
  return errors === 0;
}
function validate220(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === void 0) {
      vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "model" } });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "model" || key0 === "context_size" || key0 === "runtime_flags" || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/name", schemaPath: "#/definitions/model/properties/name/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (typeof data.model !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/model", schemaPath: "#/definitions/model/properties/model/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.context_size !== void 0) {
      if (!validate53(data.context_size, { instancePath: instancePath + "/context_size", rootData })) {
        vErrors = cat(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.runtime_flags !== void 0) {
      if (!validate34(data.runtime_flags, { instancePath: instancePath + "/runtime_flags", rootData })) {
        vErrors = cat(vErrors, validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/definitions/model/type", keyword: "type", params: {} });
    errors++;
  }
  validate220.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema6.properties, key0) || pattern0.test(key0))) {
        vErrors = add(vErrors, { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 !== "string" && !(typeof data0 == "number" && isFinite(data0))) {
        vErrors = add(vErrors, { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        vErrors = add(vErrors, { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data2 = data.include;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string" && !(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
            vErrors = add(vErrors, { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: {} });
            errors++;
          }
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.path === void 0) {
              vErrors = add(vErrors, { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/required", keyword: "required", params: { missingProperty: "path" } });
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "path" || key1 === "env_file" || key1 === "project_directory" || pattern0.test(key1))) {
                vErrors = add(vErrors, { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } });
                errors++;
              }
            }
            if (data3.path !== void 0) {
              if (!validate22(data3.path, { instancePath: instancePath + "/include/" + i0 + "/path", rootData })) {
                vErrors = cat(vErrors, validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data3.env_file !== void 0) {
              if (!validate22(data3.env_file, { instancePath: instancePath + "/include/" + i0 + "/env_file", rootData })) {
                vErrors = cat(vErrors, validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data3.project_directory !== void 0) {
              if (typeof data3.project_directory !== "string") {
                vErrors = add(vErrors, { instancePath: instancePath + "/include/" + i0 + "/project_directory", schemaPath: "#/properties/include/items/properties/project_directory/type", keyword: "type", params: {} });
                errors++;
              }
            }
          }
        }
      } else {
        vErrors = add(vErrors, { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: {} });
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data7 = data.services;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7)) && data7 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: {} });
        errors++;
      }
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          const _errs17 = errors;
          if (typeof key2 === "string") {
            if (!pattern2.test(key2)) {
              vErrors = add(vErrors, { instancePath: instancePath + "/services", schemaPath: "#/properties/services/propertyNames/pattern", keyword: "pattern", params: {}, propertyName: key2 });
              errors++;
            }
          }
          var valid4 = _errs17 === errors;
          if (!valid4) {
            vErrors = add(vErrors, { instancePath: instancePath + "/services", schemaPath: "#/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key2 } });
            errors++;
          }
        }
        for (const key3 in data7) {
          if (!validate25(data7[key3], { instancePath: instancePath + "/services/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), rootData })) {
            vErrors = cat(vErrors, validate25.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.networks !== void 0) {
      let data9 = data.networks;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9)) && data9 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/type", keyword: "type", params: {} });
        errors++;
      }
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key4 in data9) {
          if (!validate196(data9[key4], { instancePath: instancePath + "/networks/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), rootData })) {
            vErrors = cat(vErrors, validate196.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.volumes !== void 0) {
      let data11 = data.volumes;
      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11)) && data11 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: {} });
        errors++;
      }
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key5 in data11) {
          const _errs26 = errors;
          if (typeof key5 === "string") {
            if (!pattern2.test(key5)) {
              vErrors = add(vErrors, { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/propertyNames/pattern", keyword: "pattern", params: {}, propertyName: key5 });
              errors++;
            }
          }
          var valid7 = _errs26 === errors;
          if (!valid7) {
            vErrors = add(vErrors, { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/propertyNames", keyword: "propertyNames", params: { propertyName: key5 } });
            errors++;
          }
        }
        for (const key6 in data11) {
          if (!validate206(data11[key6], { instancePath: instancePath + "/volumes/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), rootData })) {
            vErrors = cat(vErrors, validate206.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.secrets !== void 0) {
      let data13 = data.secrets;
      if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: {} });
        errors++;
      }
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key7 in data13) {
          const _errs31 = errors;
          if (typeof key7 === "string") {
            if (!pattern2.test(key7)) {
              vErrors = add(vErrors, { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/propertyNames/pattern", keyword: "pattern", params: {}, propertyName: key7 });
              errors++;
            }
          }
          var valid9 = _errs31 === errors;
          if (!valid9) {
            vErrors = add(vErrors, { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/propertyNames", keyword: "propertyNames", params: { propertyName: key7 } });
            errors++;
          }
        }
        for (const key8 in data13) {
          if (!validate211(data13[key8], { instancePath: instancePath + "/secrets/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), rootData })) {
            vErrors = cat(vErrors, validate211.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.configs !== void 0) {
      let data15 = data.configs;
      if (!(data15 && typeof data15 == "object" && !Array.isArray(data15)) && data15 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/type", keyword: "type", params: {} });
        errors++;
      }
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key9 in data15) {
          const _errs36 = errors;
          if (typeof key9 === "string") {
            if (!pattern2.test(key9)) {
              vErrors = add(vErrors, { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/propertyNames/pattern", keyword: "pattern", params: {}, propertyName: key9 });
              errors++;
            }
          }
          var valid11 = _errs36 === errors;
          if (!valid11) {
            vErrors = add(vErrors, { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/propertyNames", keyword: "propertyNames", params: { propertyName: key9 } });
            errors++;
          }
        }
        for (const key10 in data15) {
          if (!validate216(data15[key10], { instancePath: instancePath + "/configs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), rootData })) {
            vErrors = cat(vErrors, validate216.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.models !== void 0) {
      let data17 = data.models;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
        vErrors = add(vErrors, { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: {} });
        errors++;
      }
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key11 in data17) {
          if (!validate220(data17[key11], { instancePath: instancePath + "/models/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), rootData })) {
            vErrors = cat(vErrors, validate220.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    vErrors = add(vErrors, { instancePath, schemaPath: "#/type", keyword: "type", params: {} });
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var validate = validate21;
var schemaInfo = { "#": { "expected": "a compose file", "keys": ["configs", "include", "models", "name", "networks", "secrets", "services", "version", "volumes"] }, "#/properties/version": { "expected": 'a string such as "3.8" (the key is obsolete)' }, "#/properties/name": { "expected": "a project name" }, "#/properties/include": { "expected": "a list of compose files to include" }, "#/properties/include/items": { "expected": "a path or a mapping with `path`", "keys": ["env_file", "path", "project_directory"] }, "#/properties/include/items/properties/project_directory": { "expected": "a string" }, "#/properties/services": { "expected": "a mapping of service names to service definitions" }, "#/properties/services/propertyNames": { "expected": "a service name" }, "#/properties/networks": { "expected": "a mapping of network names to network definitions" }, "#/properties/volumes": { "expected": "a mapping of volume names to volume definitions" }, "#/properties/volumes/propertyNames": { "expected": "a volume name" }, "#/properties/secrets": { "expected": "a mapping of secret names to secret definitions" }, "#/properties/secrets/propertyNames": { "expected": "a secret name" }, "#/properties/configs": { "expected": "a mapping of config names to config definitions" }, "#/properties/configs/propertyNames": { "expected": "a config name" }, "#/properties/models": { "expected": "a mapping of model names to model definitions" }, "#/definitions/bool": { "expected": "a boolean (true or false)" }, "#/definitions/integer": { "expected": "an integer" }, "#/definitions/number": { "expected": "a number" }, "#/definitions/duration": { "expected": "a duration such as 30s or 1m30s" }, "#/definitions/bytes": { "expected": "a byte value such as 512m or 2gb" }, "#/definitions/mode": { "expected": "a file mode such as 0440" }, "#/definitions/stringOrList": { "expected": "a string or a list of strings" }, "#/definitions/stringOrList/items": { "expected": "a string" }, "#/definitions/listOfStrings": { "expected": "a list of strings" }, "#/definitions/listOfStrings/items": { "expected": "a string" }, "#/definitions/command": { "expected": "a string or a list of strings" }, "#/definitions/command/items": { "expected": "a string" }, "#/definitions/listOrDict": { "expected": "a mapping or a list of KEY=VALUE strings" }, "#/definitions/listOrDict/additionalProperties": { "expected": "a string, number, boolean or null" }, "#/definitions/listOrDict/items": { "expected": "a string" }, "#/definitions/uniqueStrings": { "expected": "a list of strings" }, "#/definitions/uniqueStrings/items": { "expected": "a string" }, "#/definitions/options": { "expected": "a mapping of option names to values" }, "#/definitions/options/additionalProperties": { "expected": "a string, number, boolean or null" }, "#/definitions/extraHosts": { "expected": "a mapping of host names to addresses or a list of HOST=IP strings" }, "#/definitions/extraHosts/additionalProperties": { "expected": "an address or a list of addresses" }, "#/definitions/extraHosts/additionalProperties/items": { "expected": "a string" }, "#/definitions/extraHosts/items": { "expected": "a string" }, "#/definitions/ulimits": { "expected": "a mapping of limit names to a number or {soft, hard}" }, "#/definitions/ulimits/additionalProperties": { "expected": "an integer or a mapping with `soft` and `hard`", "keys": ["hard", "soft"] }, "#/definitions/externalFlag": { "expected": "a boolean or a mapping with `name`", "keys": ["name"] }, "#/definitions/externalFlag/properties/name": { "expected": "a string" }, "#/definitions/fileReference": { "expected": "a name or a mapping with `source`", "keys": ["gid", "mode", "source", "target", "uid"] }, "#/definitions/fileReference/properties/source": { "expected": "a string" }, "#/definitions/fileReference/properties/target": { "expected": "a string" }, "#/definitions/fileReference/properties/uid": { "expected": "a string or an integer" }, "#/definitions/fileReference/properties/gid": { "expected": "a string or an integer" }, "#/definitions/fileReferences": { "expected": "a list of names or of mappings with `source`" }, "#/definitions/hook": { "expected": "a mapping with `command`", "keys": ["command", "environment", "privileged", "user", "working_dir"] }, "#/definitions/hook/properties/user": { "expected": "a string" }, "#/definitions/hook/properties/working_dir": { "expected": "a string" }, "#/definitions/blkioLimit": { "expected": "a mapping with `path` and `rate`", "keys": ["path", "rate"] }, "#/definitions/blkioLimit/properties/path": { "expected": "a string" }, "#/definitions/blkioLimit/properties/rate": { "expected": "an integer or a byte value" }, "#/definitions/blkioWeight": { "expected": "a mapping with `path` and `weight`", "keys": ["path", "weight"] }, "#/definitions/blkioWeight/properties/path": { "expected": "a string" }, "#/definitions/deviceRequest": { "expected": "a device request mapping", "keys": ["capabilities", "count", "device_ids", "driver", "options"] }, "#/definitions/deviceRequest/properties/count": { "expected": 'an integer or "all"' }, "#/definitions/deviceRequest/properties/driver": { "expected": "a string" }, "#/definitions/updateConfig": { "expected": "an update or rollback configuration mapping", "keys": ["delay", "failure_action", "max_failure_ratio", "monitor", "order", "parallelism"] }, "#/definitions/updateConfig/properties/failure_action": { "expected": "a string" }, "#/definitions/updateConfig/properties/order": { "expected": "stop-first or start-first" }, "#/definitions/resources": { "expected": "a resources mapping", "keys": ["cpus", "devices", "generic_resources", "memory", "pids"] }, "#/definitions/resources/properties/generic_resources": { "expected": "a list of generic resources" }, "#/definitions/resources/properties/generic_resources/items": { "expected": "a mapping with `discrete_resource_spec`", "keys": ["discrete_resource_spec"], "nested": { "kind": "discrete_resource_spec", "value": "discrete_resource_spec" } }, "#/definitions/resources/properties/generic_resources/items/properties/discrete_resource_spec": { "expected": "a mapping", "keys": ["kind", "value"] }, "#/definitions/resources/properties/generic_resources/items/properties/discrete_resource_spec/properties/kind": { "expected": "a string" }, "#/definitions/resources/properties/devices": { "expected": "a list of device requests" }, "#/definitions/deploy": { "expected": "a deploy mapping", "keys": ["endpoint_mode", "labels", "mode", "placement", "replicas", "resources", "restart_policy", "rollback_config", "update_config"], "nested": { "limits": "resources", "reservations": "resources", "max_attempts": "restart_policy", "window": "restart_policy", "constraints": "placement", "preferences": "placement", "max_replicas_per_node": "placement" } }, "#/definitions/deploy/properties/mode": { "expected": "a string" }, "#/definitions/deploy/properties/endpoint_mode": { "expected": "a string" }, "#/definitions/deploy/properties/resources": { "expected": "a mapping with `limits` and `reservations`", "keys": ["limits", "reservations"] }, "#/definitions/deploy/properties/restart_policy": { "expected": "a restart policy mapping", "keys": ["condition", "delay", "max_attempts", "window"] }, "#/definitions/deploy/properties/restart_policy/properties/condition": { "expected": "a string" }, "#/definitions/deploy/properties/placement": { "expected": "a placement mapping", "keys": ["constraints", "max_replicas_per_node", "preferences"] }, "#/definitions/deploy/properties/placement/properties/preferences": { "expected": "a list of preferences or a mapping" }, "#/definitions/deploy/properties/placement/properties/preferences/items": { "expected": "a mapping with `spread`", "keys": ["spread"] }, "#/definitions/deploy/properties/placement/properties/preferences/items/properties/spread": { "expected": "a string" }, "#/definitions/deploy/properties/placement/properties/preferences/additionalProperties": { "expected": "a string" }, "#/definitions/build": { "expected": "a build context path or a build mapping", "keys": ["additional_contexts", "args", "cache_from", "cache_to", "context", "dockerfile", "dockerfile_inline", "entitlements", "extra_hosts", "isolation", "labels", "network", "no_cache", "platforms", "privileged", "provenance", "pull", "sbom", "secrets", "shm_size", "ssh", "tags", "target", "ulimits"] }, "#/definitions/build/properties/context": { "expected": "a string" }, "#/definitions/build/properties/dockerfile": { "expected": "a string" }, "#/definitions/build/properties/dockerfile_inline": { "expected": "a string" }, "#/definitions/build/properties/network": { "expected": "a string" }, "#/definitions/build/properties/provenance": { "expected": "a boolean or a string" }, "#/definitions/build/properties/sbom": { "expected": "a boolean or a string" }, "#/definitions/build/properties/target": { "expected": "a string" }, "#/definitions/build/properties/isolation": { "expected": "a string" }, "#/definitions/develop": { "expected": "a develop mapping", "keys": ["watch"] }, "#/definitions/develop/properties/watch": { "expected": "a list of watch rules" }, "#/definitions/develop/properties/watch/items": { "expected": "a watch rule mapping with `path` and `action`", "keys": ["action", "exec", "ignore", "include", "initial_sync", "path", "target"] }, "#/definitions/develop/properties/watch/items/properties/action": { "expected": "one of rebuild, restart, sync, sync+restart, sync+exec" }, "#/definitions/develop/properties/watch/items/properties/target": { "expected": "a string" }, "#/definitions/healthcheck": { "expected": "a healthcheck mapping", "keys": ["disable", "interval", "retries", "start_interval", "start_period", "test", "timeout"] }, "#/definitions/port": { "expected": 'a port string such as "127.0.0.1:8080:80", a number, or a mapping with `target`', "keys": ["app_protocol", "host_ip", "mode", "name", "protocol", "published", "target"] }, "#/definitions/port/properties/name": { "expected": "a string" }, "#/definitions/port/properties/published": { "expected": "a port or a port range" }, "#/definitions/port/properties/host_ip": { "expected": "a string" }, "#/definitions/port/properties/protocol": { "expected": "a string" }, "#/definitions/port/properties/app_protocol": { "expected": "a string" }, "#/definitions/port/properties/mode": { "expected": "host or ingress" }, "#/definitions/serviceVolume": { "expected": 'a volume string such as "./data:/data:ro" or a mapping with `type` and `target`', "keys": ["bind", "consistency", "image", "read_only", "source", "target", "tmpfs", "type", "volume"], "nested": { "propagation": "bind", "create_host_path": "bind", "recursive": "bind", "selinux": "bind", "nocopy": "volume", "size": "tmpfs" } }, "#/definitions/serviceVolume/properties/type": { "expected": "one of volume, bind, tmpfs, npipe, cluster, image" }, "#/definitions/serviceVolume/properties/source": { "expected": "a string" }, "#/definitions/serviceVolume/properties/target": { "expected": "a string" }, "#/definitions/serviceVolume/properties/consistency": { "expected": "a string" }, "#/definitions/serviceVolume/properties/bind": { "expected": "a bind options mapping", "keys": ["create_host_path", "propagation", "recursive", "selinux"] }, "#/definitions/serviceVolume/properties/bind/properties/propagation": { "expected": "a string" }, "#/definitions/serviceVolume/properties/bind/properties/recursive": { "expected": "a string" }, "#/definitions/serviceVolume/properties/bind/properties/selinux": { "expected": "z or Z" }, "#/definitions/serviceVolume/properties/volume": { "expected": "a volume options mapping", "keys": ["labels", "nocopy", "subpath"] }, "#/definitions/serviceVolume/properties/volume/properties/subpath": { "expected": "a string" }, "#/definitions/serviceVolume/properties/tmpfs": { "expected": "a tmpfs options mapping", "keys": ["mode", "size"] }, "#/definitions/serviceVolume/properties/image": { "expected": "an image options mapping", "keys": ["subpath"] }, "#/definitions/serviceVolume/properties/image/properties/subpath": { "expected": "a string" }, "#/definitions/serviceNetworks": { "expected": "a list of network names or a mapping of network names to attachment options" }, "#/definitions/serviceNetworks/items": { "expected": "a string" }, "#/definitions/serviceNetworks/additionalProperties": { "expected": "a network attachment mapping", "keys": ["aliases", "driver_opts", "gw_priority", "interface_name", "ipv4_address", "ipv6_address", "link_local_ips", "mac_address", "priority"] }, "#/definitions/serviceNetworks/additionalProperties/properties/interface_name": { "expected": "a string" }, "#/definitions/serviceNetworks/additionalProperties/properties/ipv4_address": { "expected": "a string" }, "#/definitions/serviceNetworks/additionalProperties/properties/ipv6_address": { "expected": "a string" }, "#/definitions/serviceNetworks/additionalProperties/properties/mac_address": { "expected": "a string" }, "#/definitions/dependsOn": { "expected": "a list of service names or a mapping of service names to conditions" }, "#/definitions/dependsOn/items": { "expected": "a string" }, "#/definitions/dependsOn/additionalProperties": { "expected": "a mapping with `condition`", "keys": ["condition", "required", "restart"] }, "#/definitions/dependsOn/additionalProperties/properties/condition": { "expected": "one of service_started, service_healthy, service_completed_successfully" }, "#/definitions/service": { "expected": "a service definition mapping", "keys": ["annotations", "attach", "blkio_config", "build", "cap_add", "cap_drop", "cgroup", "cgroup_parent", "command", "configs", "container_name", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpu_shares", "cpus", "cpuset", "credential_spec", "depends_on", "deploy", "develop", "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "domainname", "entrypoint", "env_file", "environment", "expose", "extends", "external_links", "extra_hosts", "gpus", "group_add", "healthcheck", "hostname", "image", "init", "ipc", "isolation", "label_file", "labels", "links", "logging", "mac_address", "mem_limit", "mem_reservation", "mem_swappiness", "memswap_limit", "models", "network_mode", "networks", "oom_kill_disable", "oom_score_adj", "pid", "pids_limit", "platform", "ports", "post_start", "pre_stop", "privileged", "profiles", "provider", "pull_policy", "pull_refresh_after", "read_only", "restart", "runtime", "scale", "secrets", "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt", "sysctls", "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volumes", "volumes_from", "working_dir"], "nested": { "context": "build", "dockerfile": "build", "dockerfile_inline": "build", "args": "build", "ssh": "build", "cache_from": "build", "cache_to": "build", "no_cache": "build", "additional_contexts": "build", "network": "build", "provenance": "build", "sbom": "build", "pull": "build", "tags": "build", "platforms": "build", "entitlements": "build", "device_read_bps": "blkio_config", "device_read_iops": "blkio_config", "device_write_bps": "blkio_config", "device_write_iops": "blkio_config", "weight_device": "blkio_config", "registry": "credential_spec", "endpoint_mode": "deploy", "replicas": "deploy", "rollback_config": "deploy", "update_config": "deploy", "resources": "deploy", "restart_policy": "deploy", "placement": "deploy", "watch": "develop", "service": "extends", "disable": "healthcheck", "test": "healthcheck", "interval": "healthcheck", "timeout": "healthcheck", "retries": "healthcheck", "start_period": "healthcheck", "start_interval": "healthcheck" } }, "#/definitions/service/properties/blkio_config": { "expected": "a block IO configuration mapping", "keys": ["device_read_bps", "device_read_iops", "device_write_bps", "device_write_iops", "weight", "weight_device"] }, "#/definitions/service/properties/blkio_config/properties/device_read_bps": { "expected": "a list" }, "#/definitions/service/properties/blkio_config/properties/device_read_iops": { "expected": "a list" }, "#/definitions/service/properties/blkio_config/properties/device_write_bps": { "expected": "a list" }, "#/definitions/service/properties/blkio_config/properties/device_write_iops": { "expected": "a list" }, "#/definitions/service/properties/blkio_config/properties/weight_device": { "expected": "a list" }, "#/definitions/service/properties/cgroup": { "expected": "host or private" }, "#/definitions/service/properties/cgroup_parent": { "expected": "a string" }, "#/definitions/service/properties/container_name": { "expected": "a string" }, "#/definitions/service/properties/cpuset": { "expected": "a string" }, "#/definitions/service/properties/credential_spec": { "expected": "a mapping with `config`, `file` or `registry`", "keys": ["config", "file", "registry"] }, "#/definitions/service/properties/credential_spec/properties/config": { "expected": "a string" }, "#/definitions/service/properties/credential_spec/properties/file": { "expected": "a string" }, "#/definitions/service/properties/credential_spec/properties/registry": { "expected": "a string" }, "#/definitions/service/properties/devices": { "expected": "a list of device mappings" }, "#/definitions/service/properties/devices/items": { "expected": "a HOST:CONTAINER[:PERMISSIONS] string or a mapping with `source`", "keys": ["permissions", "source", "target"] }, "#/definitions/service/properties/devices/items/properties/source": { "expected": "a string" }, "#/definitions/service/properties/devices/items/properties/target": { "expected": "a string" }, "#/definitions/service/properties/devices/items/properties/permissions": { "expected": "a string" }, "#/definitions/service/properties/domainname": { "expected": "a string" }, "#/definitions/service/properties/env_file": { "expected": "a path or a list of paths" }, "#/definitions/service/properties/env_file/items": { "expected": "a path or a mapping with `path`", "keys": ["format", "path", "required"] }, "#/definitions/service/properties/env_file/items/properties/path": { "expected": "a string" }, "#/definitions/service/properties/env_file/items/properties/format": { "expected": "a string" }, "#/definitions/service/properties/expose": { "expected": "a list of ports" }, "#/definitions/service/properties/expose/items": { "expected": "a port or a port range" }, "#/definitions/service/properties/extends": { "expected": "a service name or a mapping with `service`", "keys": ["file", "service"] }, "#/definitions/service/properties/extends/properties/service": { "expected": "a string" }, "#/definitions/service/properties/extends/properties/file": { "expected": "a string" }, "#/definitions/service/properties/gpus": { "expected": '"all" or a list of device requests' }, "#/definitions/service/properties/group_add": { "expected": "a list of group names or ids" }, "#/definitions/service/properties/group_add/items": { "expected": "a group name or id" }, "#/definitions/service/properties/hostname": { "expected": "a string" }, "#/definitions/service/properties/image": { "expected": "a string" }, "#/definitions/service/properties/ipc": { "expected": "a string" }, "#/definitions/service/properties/isolation": { "expected": "a string" }, "#/definitions/service/properties/logging": { "expected": "a logging mapping with `driver` and `options`", "keys": ["driver", "options"] }, "#/definitions/service/properties/logging/properties/driver": { "expected": "a string" }, "#/definitions/service/properties/mac_address": { "expected": "a string" }, "#/definitions/service/properties/models": { "expected": "a list of model names or a mapping of model names to options" }, "#/definitions/service/properties/models/items": { "expected": "a string" }, "#/definitions/service/properties/models/additionalProperties": { "expected": "a mapping with `endpoint_var` and `model_var`", "keys": ["endpoint_var", "model_var"] }, "#/definitions/service/properties/models/additionalProperties/properties/endpoint_var": { "expected": "a string" }, "#/definitions/service/properties/models/additionalProperties/properties/model_var": { "expected": "a string" }, "#/definitions/service/properties/network_mode": { "expected": "a string" }, "#/definitions/service/properties/pid": { "expected": "a string or empty" }, "#/definitions/service/properties/platform": { "expected": "a string" }, "#/definitions/service/properties/ports": { "expected": "a list of ports" }, "#/definitions/service/properties/post_start": { "expected": "a list of hooks" }, "#/definitions/service/properties/pre_stop": { "expected": "a list of hooks" }, "#/definitions/service/properties/provider": { "expected": "a mapping with `type` and `options`", "keys": ["options", "type"] }, "#/definitions/service/properties/provider/properties/type": { "expected": "a string" }, "#/definitions/service/properties/provider/properties/options": { "expected": "a mapping of option names to values" }, "#/definitions/service/properties/provider/properties/options/additionalProperties": { "expected": "a string, number, boolean or a list of them" }, "#/definitions/service/properties/provider/properties/options/additionalProperties/items": { "expected": "a string, a number or a boolean" }, "#/definitions/service/properties/pull_policy": { "expected": "a string" }, "#/definitions/service/properties/pull_refresh_after": { "expected": "a string" }, "#/definitions/service/properties/restart": { "expected": "one of no, always, on-failure[:N], unless-stopped" }, "#/definitions/service/properties/runtime": { "expected": "a string" }, "#/definitions/service/properties/stop_signal": { "expected": "a string" }, "#/definitions/service/properties/storage_opt": { "expected": "a mapping of storage driver options" }, "#/definitions/service/properties/user": { "expected": "a string" }, "#/definitions/service/properties/userns_mode": { "expected": "a string" }, "#/definitions/service/properties/uts": { "expected": "a string" }, "#/definitions/service/properties/volumes": { "expected": "a list of volumes" }, "#/definitions/service/properties/working_dir": { "expected": "a string" }, "#/definitions/network": { "expected": "a network definition mapping", "keys": ["attachable", "driver", "driver_opts", "enable_ipv4", "enable_ipv6", "external", "internal", "ipam", "labels", "name"] }, "#/definitions/network/properties/name": { "expected": "a string" }, "#/definitions/network/properties/driver": { "expected": "a string" }, "#/definitions/network/properties/ipam": { "expected": "an IPAM mapping with `driver`, `config` and `options`", "keys": ["config", "driver", "options"] }, "#/definitions/network/properties/ipam/properties/driver": { "expected": "a string" }, "#/definitions/network/properties/ipam/properties/config": { "expected": "a list of subnet configurations" }, "#/definitions/network/properties/ipam/properties/config/items": { "expected": "a subnet configuration mapping", "keys": ["aux_addresses", "gateway", "ip_range", "subnet"] }, "#/definitions/network/properties/ipam/properties/config/items/properties/subnet": { "expected": "a string" }, "#/definitions/network/properties/ipam/properties/config/items/properties/ip_range": { "expected": "a string" }, "#/definitions/network/properties/ipam/properties/config/items/properties/gateway": { "expected": "a string" }, "#/definitions/network/properties/ipam/properties/config/items/properties/aux_addresses": { "expected": "a mapping of host names to addresses" }, "#/definitions/network/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties": { "expected": "a string" }, "#/definitions/network/properties/ipam/properties/options": { "expected": "a mapping of option names to strings" }, "#/definitions/network/properties/ipam/properties/options/additionalProperties": { "expected": "a string" }, "#/definitions/volume": { "expected": "a volume definition mapping", "keys": ["driver", "driver_opts", "external", "labels", "name"] }, "#/definitions/volume/properties/name": { "expected": "a string" }, "#/definitions/volume/properties/driver": { "expected": "a string" }, "#/definitions/secret": { "expected": "a secret definition mapping", "keys": ["driver", "driver_opts", "environment", "external", "file", "labels", "name", "template_driver"] }, "#/definitions/secret/properties/name": { "expected": "a string" }, "#/definitions/secret/properties/file": { "expected": "a string" }, "#/definitions/secret/properties/environment": { "expected": "a string" }, "#/definitions/secret/properties/driver": { "expected": "a string" }, "#/definitions/secret/properties/template_driver": { "expected": "a string" }, "#/definitions/config": { "expected": "a config definition mapping", "keys": ["content", "environment", "external", "file", "labels", "name", "template_driver"] }, "#/definitions/config/properties/name": { "expected": "a string" }, "#/definitions/config/properties/file": { "expected": "a string" }, "#/definitions/config/properties/content": { "expected": "a string" }, "#/definitions/config/properties/environment": { "expected": "a string" }, "#/definitions/config/properties/template_driver": { "expected": "a string" }, "#/definitions/model": { "expected": "a model definition mapping with `model`", "keys": ["context_size", "model", "name", "runtime_flags"] }, "#/definitions/model/properties/name": { "expected": "a string" }, "#/definitions/model/properties/model": { "expected": "a string" } };

// src/schema/validate.ts
var PRIORITY = {
  additionalProperties: 6,
  propertyNames: 5,
  required: 4,
  type: 3,
  pattern: 2
};
function validateComposeSchema(file) {
  if (validate(file.data)) return [];
  const chosen = /* @__PURE__ */ new Map();
  for (const error of validate.errors ?? []) {
    const located3 = locateError(error, file.data);
    const id = `${located3.part}:${JSON.stringify(located3.path)}`;
    const group = chosen.get(id);
    const rank = PRIORITY[error.keyword] ?? 1;
    const groupRank = group ? PRIORITY[group[0].error.keyword] ?? 1 : 0;
    if (!group || rank > groupRank) chosen.set(id, [located3]);
    else if (rank === groupRank && error.keyword === "required") group.push(located3);
  }
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const lines = file.text.split(/\r?\n/);
  for (const group of chosen.values()) {
    const first = group[0];
    const span = spanOf(file, first.path, first.part);
    if (first.part === "value" && isReset(lines, span)) continue;
    const where = `${span.line}:${span.column}:${span.endLine}:${span.endColumn}`;
    if (seen.has(where)) continue;
    seen.add(where);
    problems.push({ span, message: messageFor(group, file.data) });
  }
  return problems.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}
function isReset(lines, span) {
  const before = lines[span.line - 1]?.slice(0, span.column - 1) ?? "";
  return /!reset\s*$/.test(before);
}
function locateError(error, data) {
  const path = toPath(error.instancePath, data);
  if (error.keyword === "additionalProperties" && error.params.additionalProperty !== void 0) {
    return { path: [...path, error.params.additionalProperty], part: "key", error };
  }
  const propertyName = error.propertyName ?? error.params.propertyName;
  if (propertyName !== void 0) return { path: [...path, propertyName], part: "key", error };
  if (error.keyword === "required") return { path, part: "key", error };
  if (error.keyword === "uniqueItems" && error.params.i !== void 0 && error.params.j !== void 0) {
    return { path: [...path, Math.max(error.params.i, error.params.j)], part: "value", error };
  }
  return { path, part: "value", error };
}
function toPath(pointer, data) {
  if (pointer === "") return [];
  const path = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const index = Number(key);
      path.push(index);
      node = node[index];
    } else {
      path.push(key);
      node = node !== null && typeof node === "object" ? node[key] : void 0;
    }
  }
  return path;
}
function spanOf(file, path, part) {
  const exact = file.locate(path, part);
  if (exact) return exact;
  for (let length = path.length - 1; length >= 0; length--) {
    const ancestor = path.slice(0, length);
    const span = (length > 0 ? file.locate(ancestor, "key") : void 0) ?? file.locate(ancestor, "value");
    if (span) return span;
  }
  return { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function nodeOf(error) {
  const location = error.schemaPath.slice(0, error.schemaPath.lastIndexOf("/"));
  return schemaInfo[location] ?? {};
}
function messageFor(group, data) {
  const { path, error } = group[0];
  switch (error.keyword) {
    case "additionalProperties":
      return unknownKeyMessage(path, nodeOf(error), valueAt(data, path));
    case "propertyNames": {
      const noun = nounOf(schemaInfo[error.schemaPath]?.expected);
      return `${code(String(path.at(-1)))} is not a valid ${noun} in ${code(formatPath(path.slice(0, -1)))}: use only letters, digits, \`.\`, \`_\` and \`-\`.`;
    }
    case "pattern":
      return `${describePath(path)} must be ${nodeOf(error).expected ?? "a different value"}, not ${describeValue(valueAt(data, path))}.`;
    case "required": {
      const missing = group.map((g) => code(g.error.params.missingProperty ?? "?"));
      const keys = missing.length === 1 ? `key ${missing[0]}` : `keys ${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`;
      return `${describePath(path)} is missing the required ${keys}.`;
    }
    case "uniqueItems":
      return `${describePath(path.slice(0, -1))} repeats an entry (the same as item ${Math.min(error.params.i ?? 0, error.params.j ?? 0) + 1}): Docker Compose rejects a list with duplicates; remove one.`;
    case "type": {
      const expected = nodeOf(error).expected ?? "of another type";
      const value = valueAt(data, path);
      const quote = expected === "a string" && (typeof value === "number" || typeof value === "boolean") ? ` (write it in quotes: "${String(value)}")` : "";
      return `${describePath(path)} must be ${expected}, not ${describeValue(value)}${quote}.`;
    }
    default:
      return `${describePath(path)} is not valid here: it must be ${nodeOf(error).expected ?? "something else"}.`;
  }
}
function unknownKeyMessage(path, node, value) {
  const key = String(path.at(-1));
  const parent = path.slice(0, -1);
  const where = parent.length === 0 ? `unknown top-level key ${code(key)}` : `unknown key ${code(key)} in ${code(formatPath(parent))}`;
  const suggestion = closest(key, node.keys ?? []);
  if (suggestion) return `${where}; did you mean ${code(suggestion)}?`;
  const home = node.nested?.[key];
  if (home) return `${where}; it belongs under ${code(home)} (${code(`${home}.${key}`)}).`;
  if (parent.length === 0 && isServiceLike(value)) {
    return `${where}: it looks like a service, and services must be listed under ${code("services")} (the version 1 format without it is no longer supported).`;
  }
  return `${where}: Compose rejects keys the specification does not define (custom keys must start with ${code("x-")}).`;
}
function isServiceLike(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && ("image" in value || "build" in value);
}
function closest(key, candidates) {
  const wanted = normalizeKey(key);
  const limit = key.length <= 3 ? 1 : key.length <= 6 ? 2 : 3;
  let best;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalizeKey(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function normalizeKey(key) {
  return key.toLowerCase().replace(/-/g, "_");
}
function editDistance(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}
function valueAt(data, path) {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[step];
  }
  return node;
}
function formatPath(path) {
  let out = "";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
function describePath(path) {
  return path.length === 0 ? "the file" : code(formatPath(path));
}
function describeValue(value) {
  if (value === null || value === void 0) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === "boolean") return `the boolean ${value}`;
  return `the number ${String(value)}`;
}
function nounOf(phrase) {
  return (phrase ?? "name").replace(/^(a|an) /, "");
}
function code(text) {
  return `\`${text}\``;
}

// rules/compose-schema.ts
var compose_schema_default = defineRule({
  meta: {
    id: "compose-schema",
    description: "The file does not follow the Compose Specification: an unknown key, or a value of the wrong type.",
    level: "error",
    preset: "recommended",
    tags: ["correctness"],
    help: "Docker Compose checks a file against the Compose Specification before it runs anything and refuses the whole file for one misspelt key or one value of the wrong type; other tools that read compose files may instead ignore the key silently, so a misspelt `read_onyl: true` protects nothing. Fix the key (the message names the nearest valid one) or the value; custom keys must start with `x-`.",
    securitySeverity: 1
  },
  check({ project, report }) {
    for (const problem of validateComposeSchema(project.file)) report({ at: problem.span, message: problem.message });
  }
});

// rules/no-docker-socket-mount.ts
var SOCKET_PROXY_IMAGES = /(^|\/)(docker-socket-proxy|socket-proxy|dockerproxy)$/;
function throughVolume(mount) {
  if (!mount.volume || !mount.source) return { via: "" };
  const name = mount.volume.name.value;
  return { via: ` through volume "${name}"`, related: [{ span: mount.source.span, message: `volume "${name}" binds host path "${mount.source.raw ?? mount.source.value}"` }] };
}
var no_docker_socket_mount_default = defineRule({
  meta: {
    id: "no-docker-socket-mount",
    description: "A service mounts the Docker (or Podman, containerd) socket, or a directory that holds it (/run, /var/run, the host's root), which is root on the host.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "privilege-escalation"],
    help: "Whoever can talk to the Docker socket can start a privileged container that mounts the host's root file system: a compromised service with the socket owns the host. `:ro` does not help, since it only stops the file from being replaced, not connecting to the socket or the API calls made through it. A mount of /run, /var/run or the host's root brings the socket along. Remove the mount; if a tool really needs the API, put a filtering proxy in front (for example one that allows only read-only GET endpoints) and mount nothing.",
    securitySeverity: 9
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const mount of service.mounts) {
        const kind = socketKind(mount);
        if (!kind) continue;
        const source = mount.source.raw ?? mount.source.value;
        const name = service.name.value;
        const inside = socketPathInContainer(mount);
        const { via, related } = throughVolume(mount);
        const what = kind === "parent" ? `mounts the host's root file system "${source}"${via} at ${mount.target.value}, and with it the Docker socket, at ${inside} in the container` : kind === "directory" ? `mounts "${source}"${via}, the directory that holds the Docker socket, at ${inside} in the container` : kind === "interpolated" ? `mounts "${source}" onto ${mount.target.value}, a container engine socket` : `mounts the container engine socket "${source}"${via}`;
        const readOnly = mount.readOnly ? " (read-only does not stop connecting to a socket, nor limit the API)" : "";
        const alsoWritable = kind === "parent" && !mount.readOnly ? " It can also rewrite any file on the host." : "";
        const fix = kind === "parent" ? "Mount only the subdirectories it needs, read-only and outside /run" : "Remove the mount or use a filtering socket proxy";
        if (service.image && SOCKET_PROXY_IMAGES.test(service.image.value.repository)) {
          report({
            at: mount,
            level: "note",
            service: name,
            message: (who) => `${who} is a socket proxy and ${what}: keep it on an \`internal: true\` network, publish no ports, and allow only the API endpoints its clients need.`,
            ...related ? { related } : {}
          });
          continue;
        }
        report({
          at: mount,
          service: name,
          message: (who) => `${who} ${what}${readOnly}; anyone controlling the container gets root on the host.${alsoWritable} ${fix}.`,
          ...related ? { related } : {}
        });
      }
    }
  }
});

// rules/no-sensitive-host-mount.ts
import { posix } from "node:path";
var NARROW = "Mount only the subdirectory it needs, read-only";
var READ_ONLY = "Mount it read-only (`:ro`)";
var SECRET = "Give the service only the credential it needs, as a Compose secret (`secrets:`)";
var DEDICATED = "Give it a dedicated credential with only the access it needs, as a Compose secret (`secrets:`)";
var ROOT = "which is root on the host";
var STOLEN = "read-only is enough to steal them";
var WHOLE_VIEW_AGENT = "If this monitoring agent needs all of it, keep it read-only and suppress the finding with a comment; otherwise mount only the subdirectories it reads";
var CREDENTIALS = {
  ".ssh": "SSH private keys",
  ".aws": "AWS credentials",
  ".kube": "Kubernetes credentials",
  ".docker": "Docker registry credentials",
  ".gnupg": "GnuPG private keys",
  ".azure": "Azure credentials",
  ".config": "Google Cloud credentials",
  ".netrc": "login credentials",
  ".git-credentials": "Git credentials",
  ".vault-token": "a Vault token",
  ".pgpass": "PostgreSQL passwords"
};
var ZONES = [
  {
    pattern: /^\/$/,
    what: "the host's root file system (%s)",
    read: { level: "error", why: "that still lets it read every file on the host: /etc/shadow, SSH and TLS private keys, other containers' volumes", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can rewrite any file on the host (a cron job, root's authorized_keys), ${ROOT}`, fix: NARROW }
  },
  {
    pattern: /^\/etc$/,
    what: "the host's %s",
    read: { level: "error", why: "that still lets it read the password hashes in /etc/shadow, the SSH host keys and TLS private keys", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can add a user, a sudoers rule or a cron job, ${ROOT}`, fix: NARROW }
  },
  // Public halves of key pairs and known-host lists carry no secret.
  { pattern: /(^|\/)(ssh_)?known_hosts(\.old)?$|\.pub$/, what: "" },
  {
    pattern: /^\/etc\/g?shadow-?$/,
    what: "the host's password hashes (%s)",
    read: { level: "error", why: "they can be cracked offline", fix: "Remove the mount" },
    write: { level: "error", why: `it can set root's password, ${ROOT}`, fix: "Remove the mount" }
  },
  {
    pattern: /^\/etc\/(ssh|ssl\/private|pki\/tls\/private|kubernetes)(\/|$)|^\/etc\/docker$/,
    what: (path) => path.startsWith("/etc/ssh") ? "the host's SSH keys (%s)" : path.startsWith("/etc/kubernetes") ? "the Kubernetes node's credentials (%s)" : path === "/etc/docker" ? "the Docker daemon's configuration and TLS keys (%s)" : "the host's TLS private keys (%s)",
    read: { level: "error", why: STOLEN, fix: SECRET },
    write: { level: "error", why: "it can read and replace them", fix: SECRET }
  },
  {
    pattern: /^\/etc\/(passwd|group|sudoers|sudoers\.d|crontab|cron\.(d|hourly|daily|weekly|monthly)|anacrontab|systemd|init\.d|rc\.local|profile|profile\.d|environment|bash\.bashrc|ld\.so\.preload|ld\.so\.conf|ld\.so\.conf\.d|pam\.d|security|modprobe\.d|modules-load\.d|udev|docker|containerd|apt|yum\.repos\.d)(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: `it can add users, sudo rules, cron jobs, services or package sources that the host runs as root, ${ROOT}`, fix: READ_ONLY }
  },
  {
    pattern: /^\/etc\/(hosts|resolv\.conf)$/,
    what: "the host's %s",
    write: { level: "warning", why: "it can redirect the host's own name lookups", fix: READ_ONLY }
  },
  {
    pattern: /^\/proc$/,
    what: "the host's %s",
    read: {
      level: "warning",
      why: "that still shows it every host process with its command line (where passwords passed as arguments appear) and the host's network connections",
      fix: "Remove it unless this is a host monitoring agent",
      agent: "Expected for a host monitoring agent; keep it read-only"
    },
    write: { level: "error", why: "it can set kernel.core_pattern, which makes the host run a program of its choice as root", fix: READ_ONLY }
  },
  {
    pattern: /^\/proc\/(sys(\/|$)|sysrq-trigger$)/,
    what: "the host's kernel controls (%s)",
    write: { level: "error", why: "it can set kernel parameters such as kernel.core_pattern (a program of its choice run as root on the host) or crash the host", fix: READ_ONLY }
  },
  {
    pattern: /^\/sys$|^\/sys\/(fs|kernel|module|firmware|power)(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: "it can set kernel hooks such as uevent_helper or a cgroup release_agent, which run a program as root on the host", fix: READ_ONLY }
  },
  {
    pattern: /^\/boot(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: "it can replace the kernel or boot loader and take over the host at the next boot", fix: READ_ONLY }
  },
  {
    pattern: /^\/(usr|bin|sbin|lib|lib32|lib64|libx32)$|^\/usr\/(bin|sbin|lib|lib32|lib64|libexec|local)$|^\/usr\/local\/(bin|sbin|lib)$|^\/(usr\/)?lib\/(modules|systemd|firmware)(\/|$)/,
    what: "the host's %s",
    write: { level: "error", why: `it can replace programs, libraries or kernel modules the host runs as root, ${ROOT}`, fix: READ_ONLY }
  },
  {
    pattern: /^\/var(\/lib)?$/,
    what: "the host's %s (with /var/lib/docker in it)",
    read: { level: "error", why: "that still lets it read every container's files, volumes and configuration, environment secrets included", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can rewrite other containers' files and volumes, ${ROOT}`, fix: NARROW }
  },
  {
    pattern: /^\/var\/lib\/(docker|containerd)(\/volumes)?$/,
    what: "the host's container storage (%s)",
    read: { level: "error", why: "that still lets it read every container's files, volumes and configuration, environment secrets included", fix: NARROW, agent: WHOLE_VIEW_AGENT },
    write: { level: "error", why: `it can rewrite other containers' files and volumes, ${ROOT}`, fix: NARROW }
  },
  {
    pattern: /^\/var\/lib\/docker\/containers$/,
    what: "every container's logs and configuration (%s)",
    read: {
      level: "warning",
      why: "beside each log, config.v2.json holds that container's environment variables, secrets included",
      fix: "Ship logs through a logging driver instead, or keep it for a trusted log agent only",
      agent: "Expected for a log agent; keep it read-only, or ship logs through a logging driver instead"
    },
    write: { level: "error", why: "it can read every container's environment secrets and rewrite their configuration", fix: READ_ONLY }
  },
  {
    pattern: /^\/var\/lib\/(docker|containerd)\//,
    what: "the host's container storage (%s)",
    write: { level: "error", why: "it can rewrite other containers' images and files", fix: READ_ONLY }
  },
  {
    pattern: /^\/var\/lib\/kubelet(\/|$)/,
    what: "the kubelet's %s",
    read: { level: "error", why: "it holds the secrets and service-account tokens of every pod on the node", fix: "Remove the mount" },
    write: { level: "error", why: "it holds the secrets and service-account tokens of every pod on the node", fix: "Remove the mount" }
  },
  {
    pattern: /^\/(home|Users)$/,
    what: "every user's home directory (%s)",
    read: { level: "error", why: "that still hands over SSH keys, cloud and registry credentials and shell history", fix: NARROW },
    write: { level: "error", why: "it can read their SSH keys and credentials and plant code in their shell start-up files", fix: NARROW }
  },
  {
    pattern: /^~$/,
    what: "a home directory (%s)",
    read: { level: "error", why: "that still hands over SSH keys, cloud and registry credentials and shell history", fix: NARROW },
    write: { level: "error", why: "it can read SSH keys and credentials and plant code in shell start-up files or authorized_keys", fix: NARROW }
  },
  {
    pattern: /^~\/(\.ssh|\.aws|\.kube|\.docker|\.gnupg|\.azure|\.config\/gcloud|\.netrc|\.git-credentials|\.vault-token|\.pgpass)$/,
    what: (path) => `${storeName(path)} (%s)`,
    read: { level: "error", why: `every key in it goes to the container; ${STOLEN}`, fix: DEDICATED },
    write: { level: "error", why: "every key in it goes to the container, which can also add its own", fix: DEDICATED }
  },
  {
    // One file of a store (a deploy key, a kubeconfig) is a deliberate hand-over, but of a personal credential.
    pattern: /^~\/(\.ssh|\.aws|\.kube|\.docker|\.gnupg|\.azure|\.config\/gcloud)\//,
    what: (path) => `${storeName(path)} (%s)`,
    read: { level: "warning", why: "a personal credential from a home directory goes to the container", fix: DEDICATED },
    write: { level: "warning", why: "a personal credential from a home directory goes to the container, which can also replace it", fix: DEDICATED }
  }
];
function storeName(path) {
  return CREDENTIALS[/^~\/(\.[^/]+)/.exec(path)?.[1] ?? ""] ?? "credentials";
}
var AGENT = /node[-_]?exporter|cadvisor|netdata|(metric|file|audit|packet|heart)beat|elastic-agent|fleet-server|telegraf|datadog|dd-agent|promtail|grafana-agent|alloy|fluent-?bit|fluentd|vector|otel|opentelemetry|zabbix|newrelic|sysdig|falco|glances|beszel|process-exporter|collectd/i;
function isAgent(service) {
  return AGENT.test(service.name.value) || service.image !== void 0 && AGENT.test(service.image.value.repository);
}
function normalise(source) {
  let text = source.value.trim();
  const raw = source.raw;
  if (raw !== void 0) {
    const home2 = /^(\$HOME|\$\{HOME(:?-[^}]*)?\})(?=\/|$)/.exec(raw);
    if (home2) text = `~${raw.slice(home2[0].length)}`;
  }
  if (/^[A-Za-z]:[\\/]|^\\\\|^\/\/\.\//.test(text)) return void 0;
  if (/^~(\/|$)/.test(text)) return `~${posix.normalize(`/${text.slice(1)}`).replace(/\/+$/, "")}`;
  if (!text.startsWith("/")) return void 0;
  const path = posix.normalize(text).replace(/(.)\/+$/, "$1");
  const home = /^\/(root|home\/[^/]+|Users\/[^/]+)(?=\/|$)/.exec(path);
  return home ? `~${path.slice(home[0].length)}` : path;
}
function isSocketTerritory(mount, path) {
  return socketKind(mount) !== void 0 || /^\/(var\/)?run(\/|$)/.test(path) || /\.sock(\.raw)?$/.test(path);
}
function hostSource(mount) {
  if (mount.kind !== "bind" || !mount.source) return void 0;
  const path = normalise(mount.source);
  if (path === void 0) return void 0;
  const source = { path, shown: mount.source.raw ?? mount.source.value, readOnly: mount.readOnly };
  if (mount.volume) source.volume = { name: mount.volume.name.value, device: mount.source.span };
  return source;
}
function sharedPropagation(mount) {
  const value = mount.propagation?.value.trim().toLowerCase();
  return mount.kind === "bind" && (value === "shared" || value === "rshared") ? value : void 0;
}
var SHARED_WHY = "a mount made inside it (by a process with SYS_ADMIN, or a privileged one) appears on the host, over the host's own files";
var SHARED_FIX = "Use `rslave` if it must see the host's mounts, or leave the default (`rprivate`)";
function devExposure(service) {
  return service.privileged?.value ? {
    level: "error",
    why: "with `privileged: true` that is raw access to every disk and to the host's memory",
    fix: "Pass only the device nodes it needs under `devices:` and drop `privileged`"
  } : {
    level: "warning",
    why: "it gets the host's terminals (/dev/pts) and shared memory (/dev/shm) now, and every disk as soon as it is given device permissions",
    fix: "Pass only the device nodes it needs under `devices:`"
  };
}
var no_sensitive_host_mount_default = defineRule({
  meta: {
    id: "no-sensitive-host-mount",
    description: "A service bind-mounts a sensitive host path: /etc, /var, container storage, a home directory, credentials, or a writable system directory; or a bind with shared propagation.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "secrets", "privilege-escalation"],
    help: "A bind mount hands the host's files to the container's root user. Writable system directories (/, /etc, /usr, /lib, /boot, /proc, /sys) let it plant a user, a cron job or a kernel hook that runs as root on the host; read-only views of /etc, /var/lib/docker, home directories and ~/.ssh, ~/.aws, ~/.kube or ~/.docker still hand over password hashes, private keys and other containers' secrets. Mount only the subdirectory the service needs, read-only, and pass credentials as Compose secrets. Read-only system files such as /etc/localtime, /etc/hosts or /lib/modules are not reported; the host's root / is no-docker-socket-mount's, since it holds the Docker socket. `shared`/`rshared` propagation (a warning) carries mounts made in the container back to the host.",
    securitySeverity: 8.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const mount of service.mounts) {
        const source = hostSource(mount);
        if (source && isSocketTerritory(mount, source.path)) continue;
        const shared = sharedPropagation(mount);
        const zone = source ? ZONES.find((z) => z.pattern.test(source.path)) : void 0;
        const exposure = !source ? void 0 : zone ? source.readOnly ? zone.read : zone.write : source.path === "/dev" ? devExposure(service) : void 0;
        const related = source?.volume ? [{ span: source.volume.device, message: `volume "${source.volume.name}" binds host path "${source.shown}"` }] : void 0;
        if (!source || !exposure) {
          if (shared) {
            const shown = mount.source ? `"${mount.source.raw ?? mount.source.value}"` : "a host path";
            report({
              at: mount,
              level: "warning",
              service: service.name.value,
              message: (who) => `${who} bind-mounts ${shown} at ${mount.target.value} with ${shared} propagation: ${SHARED_WHY}. ${SHARED_FIX}.`,
              ...related ? { related } : {}
            });
          }
          continue;
        }
        const agentFix = source.readOnly && isAgent(service) ? zone?.read?.agent : void 0;
        const agent = agentFix !== void 0;
        const level = agent && exposure.level === "warning" ? "note" : exposure.level;
        const named = zone ? typeof zone.what === "string" ? zone.what : zone.what(source.path) : "the host's %s";
        const what = (zone?.pattern.source === "^~$" && /^\/root(\/|$)/.test(source.shown) ? "root's home directory (%s)" : named).replace("%s", `"${source.shown}"`);
        const how = `${source.readOnly ? "read-only" : "writable"}${source.volume ? ` through volume "${source.volume.name}"` : ""}`;
        const fix = agentFix ?? exposure.fix;
        const propagation = shared ? ` Its ${shared} propagation also means ${SHARED_WHY}.` : "";
        report({
          at: mount,
          ...level !== "error" ? { level } : {},
          service: service.name.value,
          message: (who) => `${who} mounts ${what} ${how} at ${mount.target.value}: ${exposure.why}. ${fix}.${propagation}`,
          ...related ? { related } : {}
        });
      }
    }
  }
});

// src/model/secrets.ts
var WELL_KNOWN = /* @__PURE__ */ new Set([
  "changeme",
  "change_me",
  "change-me",
  "changeit",
  "changethis",
  "password",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "password1",
  "password123",
  "pass",
  "pass123",
  "secret",
  "secret123",
  "s3cr3t",
  "supersecret",
  "mysecretpassword",
  "mypassword",
  "secretpassword",
  "example",
  "postgres",
  "postgresql",
  "mysql",
  "mariadb",
  "mongo",
  "redis",
  "root",
  "toor",
  "rootpassword",
  "admin",
  "admin123",
  "administrator",
  "123456",
  "12345678",
  "123456789",
  "1234567890",
  "1234",
  "12345",
  "123",
  "qwerty",
  "letmein",
  "default",
  "test",
  "test123",
  "guest",
  "user",
  "demo",
  "welcome",
  "master"
]);
var PLACEHOLDER_LIKE = /^(your|my|the)[-_ ]?([a-z]+[-_ ]?){0,3}(password|passwd|pass|pw|secret|token|key)([-_ ]?here)?$/i;
var NOT_A_SECRET = /^(|true|false|yes|no|on|off|y|n|0|1|enabled?|disabled?|none|null|nil|undefined|invalid|unset|not[-_ ]?set|dummy|placeholder|redacted|-|\.{3,}|…|<[^<>]*>|\{\{.*\}\}|\[[^\]]*\]|[x*]+([-_. ][x*]+)*)$/i;
var PATH = /^(\.{0,2}\/|~\/|file:)\S*$/;
var RUNTIME_REFERENCE = /^\$(\{?[A-Za-z_]\w*\}?|\(.*\))$/;
var VARIABLE = "\0";
var KEY_QUALIFIERS = {
  API: "API key",
  PRIVATE: "private key",
  SECRET: "key",
  ACCESS: "access key",
  ENCRYPTION: "key",
  ENC: "key",
  CRYPT: "key",
  CRYPTO: "key",
  SIGNING: "key",
  SIGN: "key",
  MASTER: "key",
  FERNET: "key",
  SESSION: "key",
  JWT: "key",
  HMAC: "key",
  AUTH: "key",
  LICENSE: "key",
  ROLE: "key",
  CONSUMER: "key",
  WEBHOOK: "key",
  SHARED: "key",
  OPENSSL: "key",
  STRIPE: "key",
  OTP: "key",
  TOTP: "key",
  CIPHER: "key"
};
var AUTH_METHODS = /^(basic|bearer|digest|oauth2?|oidc|ldap|saml|jwt|token|password|internal|external|local|plain|md5|scram(-sha-256)?|trust|kerberos|ntlm|sasl|htpasswd)$/i;
function secretKind(name) {
  if (/^(OLD)?PWD$/.test(name)) return void 0;
  const tokens = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  while (tokens.length > 1 && /^(V?\d+|OLD|NEW|PREVIOUS|CURRENT|PRIMARY|SECONDARY)$/.test(tokens.at(-1))) tokens.pop();
  if (tokens.length > 2 && tokens.at(-1) === "BASE" && tokens.at(-2) === "KEY") {
    tokens.pop();
    return tokens.includes("SECRET") ? "secret key" : "key";
  }
  if (tokens.join("_").endsWith("BASIC_AUTH_USER_INFO")) return "credentials";
  const last = (tokens.at(-1) ?? "").replace(/(?<=[A-Z]{3})\d+$/, "");
  const previous = tokens.at(-2) ?? "";
  if (/(PASSWORD|PASSWD|PASSPHRASE)$/.test(last)) return "password";
  if (/PASS$/.test(last) && !/(BY|COM|SUR|TRES|OVER|UNDER|ENCOM)PASS$/.test(last)) return "password";
  if (/PWD$/.test(last) && (last !== "PWD" || tokens.length > 1)) return "password";
  if (/SECRET$/.test(last)) return "secret";
  if (/TOKEN$/.test(last)) return "token";
  const keyKind = /^(API|PRIVATE|SECRET|ACCESS|ENCRYPTION|SIGNING|MASTER|LICENSE)KEY$/.test(last) ? KEY_QUALIFIERS[last.slice(0, -3)] : last === "KEY" ? KEY_QUALIFIERS[previous] : void 0;
  if (keyKind) return keyKind !== "API key" && keyKind !== "private key" && tokens.includes("SECRET") ? "secret key" : keyKind;
  if (last === "SALT" && tokens.length > 1) return "salt";
  if (/^(CREDENTIALS?|CREDS)$/.test(last)) return "credentials";
  if (last === "AUTH" && tokens.length > 1) return "credentials";
  return void 0;
}
function renderings(raw) {
  const DOLLAR = "";
  let unset = raw.replace(/\$\$/g, DOLLAR);
  let literal2 = unset;
  const fallbackOf = [];
  const braced = /\$\{([A-Za-z_]\w*)(:?[-?+])?([^${}]*)\}/;
  for (let guard = 0; guard < 50 && braced.test(unset); guard++) {
    unset = unset.replace(braced, (_all, name, operator, argument) => {
      if (operator === ":-" || operator === "-") {
        if (!fallbackOf.includes(name)) fallbackOf.push(name);
        return argument;
      }
      return VARIABLE;
    });
  }
  for (let guard = 0; guard < 50 && braced.test(literal2); guard++) literal2 = literal2.replace(braced, VARIABLE);
  const bare = /\$[A-Za-z_]\w*/g;
  const restore = (text) => text.replace(bare, VARIABLE).replaceAll(DOLLAR, "$");
  return { literal: restore(literal2), unset: restore(unset), fallbackOf };
}
function written(value) {
  if (value.raw === void 0) return { text: value.value };
  return writtenText(value.raw);
}
function writtenText(raw) {
  const { literal: literal2, unset, fallbackOf } = renderings(raw);
  if (!literal2.includes(VARIABLE)) return { text: literal2 };
  if (unset.includes(VARIABLE) || fallbackOf.length === 0) return void 0;
  return { text: unset, fallbackFor: fallbackOf };
}
function unquote(text) {
  return text.trim().replace(/^(["'])(.*)\1$/, "$2");
}
function carriesNoSecret(text) {
  const value = unquote(text);
  return NOT_A_SECRET.test(value) || PATH.test(value) || RUNTIME_REFERENCE.test(value);
}
function strength(secret, sameAs) {
  const value = unquote(secret);
  const lower = value.toLowerCase();
  const lastPart = lower.split(/[/:]/).at(-1) ?? lower;
  if (WELL_KNOWN.has(lower)) return { words: `the well-known default "${value}"`, weak: true };
  if (PLACEHOLDER_LIKE.test(value) || PLACEHOLDER_LIKE.test(lastPart)) return { words: "a placeholder left in place", weak: true };
  if (sameAs !== void 0) return { words: `the same as ${sameAs}`, weak: true };
  return { words: `${[...value].length} characters`, weak: false };
}
function embeddedSecret(text) {
  const url = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/?#]*):([^\s@/?#]+)@([^\s?#"']*)/i.exec(text);
  if (url && !carriesNoSecret(url[3])) {
    const [, scheme, user, secret, rest] = url;
    const query = /^[^\s#"']*\?/.test(text.slice(url.index + url[0].length)) ? "?..." : "";
    return { shape: "url", masked: shorten(`${scheme}${user}:***@${rest}${query}`), secret, user };
  }
  const parameter = /([?&;](?:password|passwd|pass|pwd|secret|token|api[_-]?key|access[_-]?token)=)([^&;#\s]+)/i.exec(text);
  if (parameter && !carriesNoSecret(parameter[2])) {
    const before = text.slice(0, parameter.index).split(/[?\s]/)[0] ?? "";
    return { shape: "parameter", masked: shorten(`${before}?...${parameter[1].slice(1)}***`), secret: parameter[2] };
  }
  const option = /\b((?:password|passwd|secret|clientSecret|client_secret)\s*=\s*)"([^"]*)"/i.exec(text);
  if (option && !carriesNoSecret(option[2])) {
    return { shape: "option", masked: `${option[1]}"***"`, secret: option[2] };
  }
  return void 0;
}
function shorten(text) {
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}
var ARTICLE = {
  password: "a hard-coded password",
  secret: "a hard-coded secret",
  token: "a hard-coded token",
  "API key": "a hard-coded API key",
  "private key": "a hard-coded private key",
  "access key": "a hard-coded access key",
  "secret key": "a hard-coded secret key",
  key: "a hard-coded key",
  salt: "a hard-coded salt",
  credentials: "hard-coded credentials"
};
var CREDENTIAL_PAIRS = /(^|_)(ADD_LOCAL_USERS?|LOCAL_USERS|BASIC_AUTH_USERS?|AUTH_USERS|HTPASSWD_USERS?|USERS_CREDENTIALS|ADMIN_CREDENTIALS)$/i;
function credentialPair(name, text) {
  if (!CREDENTIAL_PAIRS.test(name)) return void 0;
  const pair = /^([^\s:@/,]+):([^\s@/,]+)(,|$)/.exec(unquote(text));
  if (!pair || carriesNoSecret(pair[2])) return void 0;
  return { user: pair[1], secret: pair[2] };
}
function lineHolding(text, within, needle) {
  if (within.line === within.endLine || needle === "") return void 0;
  const lines = text.split("\n");
  for (let line = within.line; line <= within.endLine && line <= lines.length; line++) {
    const source = lines[line - 1];
    if (!source.includes(needle)) continue;
    const start = source.length - source.trimStart().length;
    return { file: within.file, line, column: start + 1, endLine: line, endColumn: source.trimEnd().length + 1 };
  }
  return void 0;
}
var SECRET_OPTIONS = { masterauth: "password" };
var SWITCH_OPTION = /^((no|skip|ask|prompt|allow[-_]empty|allow[-_]no)[-_]|askpass$)/i;
function optionKind(name) {
  if (SWITCH_OPTION.test(name)) return void 0;
  return SECRET_OPTIONS[name.toLowerCase()] ?? secretKind(name);
}
var MYSQL = { attached: "-p", promptingPassword: true };
var REDIS = { separate: "-a" };
var POSTGRES = { promptingPassword: true };
var CLIENT_PASSWORD_OPTIONS = new Map([
  ...["mysql", "mysqladmin", "mysqldump", "mariadb", "mariadb-admin", "mariadb-dump"].map((name) => [name, MYSQL]),
  ...["redis-cli", "valkey-cli", "keydb-cli"].map((name) => [name, REDIS]),
  ...["mongo", "mongosh"].map((name) => [name, { separate: "-p" }]),
  ["sqlcmd", { separate: "-P" }],
  ...["psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_isready", "pg_basebackup", "createdb", "dropdb", "createuser", "dropuser", "vacuumdb", "reindexdb"].map(
    (name) => [name, POSTGRES]
  )
]);

// rules/no-hardcoded-secret.ts
function userSibling(name, vars) {
  const stem = /^(.*?)_?(PASSWORD|PASSWD|PASS|PWD)$/i.exec(name)?.[1];
  if (stem === void 0) return void 0;
  const candidates = ["USER", "USERNAME", "USER_NAME", "LOGIN"].map((suffix) => (stem ? `${stem}_${suffix}` : suffix).toLowerCase());
  return vars.find((v) => candidates.includes(v.name.value.toLowerCase()));
}
function embeddedFix(embedded) {
  switch (embedded.shape) {
    case "option":
      return `Interpolate it from a variable kept in an uncommitted .env file (\`password="\${JAAS_PASSWORD:?}"\`), or mount the whole configuration as a Compose secret (for JAAS, \`-Djava.security.auth.login.config=/run/secrets/<name>\`).`;
    case "parameter":
      return "Interpolate it from a variable kept in an uncommitted .env file (`...?password=${DB_PASSWORD:?}`), or read the whole value from a Compose secret.";
    case "url":
      return "Interpolate the password from a variable kept in an uncommitted .env file (`...:${DB_PASSWORD:?}@...`), or read the whole value from a Compose secret.";
  }
}
function repeats(name, text, fallback, context) {
  const value = unquote(text).toLowerCase();
  const sibling = userSibling(name, context.vars);
  const siblingValue = sibling?.value && written(sibling.value);
  if (siblingValue && Boolean(siblingValue.fallbackFor) === fallback && unquote(siblingValue.text).toLowerCase() === value) return sibling.name.value;
  if (context.service.toLowerCase() === value) return "the service name";
  if (context.image?.toLowerCase() === value) return "the image name";
  return void 0;
}
function judge(variable, context) {
  const value = variable.value;
  if (!value) return void 0;
  const { where } = context;
  const name = variable.name.value;
  const shown = written(value);
  if (!shown) return void 0;
  const fallback = shown.fallbackFor;
  const unsetVars = fallback?.join(", ");
  const buildNote = where === "build" ? " Build arguments stay in the image history (`docker history`) for anyone who can pull the image; use a build secret (`build.secrets`) instead." : "";
  const requireIt = fallback ? `Require the variable instead: \`\${${fallback[0]}:?${fallback[0]} must be set}\`.` : "";
  const embedded = embeddedSecret(shown.text);
  if (embedded) {
    const sameAs = embedded.user !== void 0 && embedded.user !== "" && embedded.user === embedded.secret ? "the user name" : void 0;
    const { words: words2, weak: weak2 } = strength(embedded.secret, sameAs);
    const how = fallback ? ` whenever ${unsetVars} is unset` : "";
    const fix = requireIt || (where === "build" ? "" : embeddedFix(embedded));
    return {
      // In a block scalar (a JAAS config over several lines), the line that holds it.
      at: (value.raw === void 0 && value.span.file === context.file.path ? lineHolding(context.file.text, value.span, embedded.secret) : void 0) ?? value.span,
      level: fallback && !weak2 ? "warning" : "error",
      message: (who) => `${who} embeds a hard-coded password (${words2}) in ${name}${how} ("${embedded.masked}"); anyone who can read the compose file can log in.${buildNote} ${fix}`.trimEnd()
    };
  }
  const pair = credentialPair(name, shown.text);
  if (pair) {
    const { words: words2 } = strength(pair.secret, pair.user === pair.secret ? "the user name" : void 0);
    const how = fallback ? ` whenever ${unsetVars} is unset` : "";
    return {
      at: value.span,
      level: "error",
      message: (who) => `${who} sets ${name} to a user name and password pair for "${pair.user}" (the password is ${words2})${how}; anyone who can read the compose file can log in.${buildNote} ${requireIt || `Read it from a variable kept in an uncommitted .env file (\`\${${name}:?}\`).`}`
    };
  }
  const kind = secretKind(name);
  if (!kind || carriesNoSecret(shown.text)) return void 0;
  if (kind === "credentials" && /AUTH$/i.test(name) && AUTH_METHODS.test(unquote(shown.text))) return void 0;
  const { words, weak } = strength(shown.text, repeats(name, shown.text, fallback !== void 0, context));
  if (fallback) {
    return {
      at: value.span,
      level: weak ? "error" : "warning",
      message: (who) => `${who} sets ${name} to ${ARTICLE[kind]} (${words}) whenever ${unsetVars} is unset, and that fallback is in the file for anyone to read. ${requireIt}`
    };
  }
  if (where === "build") {
    return {
      at: value.span,
      level: "error",
      message: (who) => `${who} passes build argument ${name} as ${ARTICLE[kind]} (${words}).${buildNote}`
    };
  }
  return {
    at: value.span,
    level: "error",
    message: (who) => `${who} sets ${name} to ${ARTICLE[kind]} (${words}); anyone who can read the compose file or run \`docker inspect\` has it. Read it from a variable kept in an uncommitted .env file (\`\${${name}:?}\`) or pass it as a Compose secret (many images read \`${name}_FILE\`).`
  };
}
var no_hardcoded_secret_default = defineRule({
  meta: {
    id: "no-hardcoded-secret",
    description: "A password, token or key is written into the compose file: in `environment:`, in `build.args`, or inside a connection URL.",
    level: "error",
    preset: "recommended",
    tags: ["security", "secrets", "credentials"],
    help: "A secret in a compose file is in every clone of the repository, in CI logs and in `docker inspect`; a build argument is also in the image history. Well-known defaults (postgres, changeme, admin) are the first thing scanners try. Read secrets from variables kept in an uncommitted .env file (`${DB_PASSWORD:?}`), or better, pass them as Compose secrets and point the image's `*_FILE` variable at /run/secrets/<name>. Settings that switch authentication off (MYSQL_ALLOW_EMPTY_PASSWORD, POSTGRES_HOST_AUTH_METHOD=trust) are no-disabled-auth's. Messages never show the secret, only its length.",
    securitySeverity: 8
  },
  check({ project, report }) {
    for (const service of project.services) {
      const sources = [
        ["environment", service.environment],
        ["build", service.build?.args ?? []]
      ];
      for (const [where, vars] of sources) {
        for (const variable of vars) {
          const finding = judge(variable, { where, vars, service: service.name.value, image: service.image?.value.name, file: project.file });
          if (!finding) continue;
          report({
            at: finding.at,
            redact: true,
            ...finding.level !== "error" ? { level: finding.level } : {},
            service: service.name.value,
            message: finding.message
          });
        }
      }
    }
  }
});

// rules/no-secret-in-command.ts
var PLACES = { command: "command", entrypoint: "entrypoint", healthcheck: "healthcheck test" };
function wordsOf(line) {
  const pieces = line.form === "list" ? line.args.map((arg) => ({ raw: arg.raw ?? arg.value, span: arg.span })) : [{ raw: line.raw ?? line.text, span: line.span }];
  return pieces.flatMap(({ raw, span }) => raw.split(/\s+/).flatMap((word) => word ? [{ text: word.replace(/\\?["']/g, ""), span }] : []));
}
function literal(raw, at, kind, how) {
  const shown = writtenText(raw);
  const text = shown?.text.replace(/[;&|]+$/, "").replace(/^([^(]*)\)+$/, "$1");
  if (!shown || text === void 0 || carriesNoSecret(text) || /\$[\w{(]|`/.test(text) || /^[a-z]+=[^=]/.test(text)) return void 0;
  return { at, how, kind, ...strength(text), ...shown.fallbackFor ? { fallbackFor: shown.fallbackFor } : {} };
}
function optionTakes(option, client) {
  if (option === client?.separate) return "password";
  if (option === "--password" && client?.promptingPassword) return void 0;
  return optionKind(option.replace(/^-+/, ""));
}
function secretAt(words, i, client) {
  const { text, span } = words[i];
  const assignment = /^(-{0,2}[A-Za-z_][\w.-]*)=(.*)$/.exec(text);
  const assigned = assignment && optionKind(assignment[1].replace(/^-+/, ""));
  if (assigned) return [literal(assignment[2], span, assigned, `${assignment[1].startsWith("-") ? "with" : "in"} \`${assignment[1]}\``), false];
  if (client?.attached && text.startsWith(client.attached) && text.length > client.attached.length) {
    return [literal(text.slice(client.attached.length), span, "password", `with \`${client.attached}\``), false];
  }
  const option = /^(--?[A-Za-z][\w.-]+|-\w)$/.exec(text)?.[1];
  const kind = option && optionTakes(option, client);
  const next = words[i + 1];
  if (kind && next && !next.text.startsWith("-")) return [literal(next.text, next.span, kind, `with \`${option}\``), true];
  const shown = writtenText(text);
  const embedded = shown && embeddedSecret(shown.text);
  if (!embedded) return [void 0, false];
  const sameAs = embedded.user && embedded.user === embedded.secret ? "the user name" : void 0;
  const how = `inside a URL ("${embedded.masked}")`;
  return [{ at: span, how, kind: "password", ...strength(embedded.secret, sameAs), ...shown.fallbackFor ? { fallbackFor: shown.fallbackFor } : {} }, false];
}
function secretsOn(words) {
  const found = [];
  let client;
  for (let i = 0; i < words.length; i++) {
    const [secret, tookNext] = secretAt(words, i, client);
    if (secret) found.push(secret);
    if (tookNext) i++;
    const text = words[i].text;
    const program = text.replace(/^[$(`]+|[;&|)`]+$/g, "").split("/").at(-1) ?? "";
    client = CLIENT_PASSWORD_OPTIONS.get(program) ?? (/[;&|]$/.test(text) ? void 0 : client);
  }
  return found;
}
var no_secret_in_command_default = defineRule({
  meta: {
    id: "no-secret-in-command",
    description: "A password or token is written on a command line: in `command`, `entrypoint` or `healthcheck.test`.",
    level: "error",
    preset: "recommended",
    tags: ["security", "secrets", "credentials"],
    help: "A command line is not private: every user on the host reads it in `ps` and /proc/<pid>/cmdline, anyone with Docker access in `docker inspect` (healthcheck commands and their output too), besides everyone who reads the compose file (CWE-214). Give the program its secret in a file mounted as a Compose secret (a config file, a `--*-file` option, an image's `*_FILE` variable) or in an environment variable it reads (`REDISCLI_AUTH`, `PGPASSWORD`). Values Compose interpolates (`${REDIS_PASSWORD}`) and `$$VAR` expanded by the container's shell are not reported. Messages never show the secret, only its length.",
    securitySeverity: 7.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const place of Object.keys(PLACES)) {
        const line = service[place];
        if (!line) continue;
        for (const secret of secretsOn(wordsOf(line))) {
          const unset = secret.fallbackFor ? ` whenever ${secret.fallbackFor.join(", ")} is unset` : "";
          report({
            at: secret.at,
            redact: true,
            ...secret.fallbackFor && !secret.weak ? { level: "warning" } : {},
            service: service.name.value,
            message: (who) => `${who} passes ${ARTICLE[secret.kind]} (${secret.words}) ${secret.how} in its ${PLACES[place]}${unset}: every user on the host sees it in \`ps\`, and anyone with Docker access in \`docker inspect\`. Give it to the program in a file mounted as a Compose secret, or in an environment variable the program reads.`
          });
        }
      }
    }
  }
});

// src/model/authentication.ts
var BITNAMI = /^bitnami(legacy|secure)?\//;
var BITNAMI_EMPTY_PASSWORD = /\/(redis|redis-cluster|redis-sentinel|valkey|valkey-cluster|valkey-sentinel|mariadb|mariadb-galera|mysql|postgresql|postgresql-repmgr|pgpool|mongodb|mongodb-sharded)$/;
var BITNAMI_YES = /^(1|yes|true)$/i;
function env(service, name) {
  return service.environment.find((v) => v.name.value === name);
}
function isSet(service, ...names) {
  return names.some((name) => (env(service, name)?.value?.value.trim() ?? "") !== "");
}
function written2(variable) {
  const value = variable.value;
  return `${variable.name.value}=${value.raw ?? value.value}`;
}
function envSwitch(service, name, test) {
  const variable = env(service, name);
  return variable?.value && test(variable.value.value.trim()) ? variable : void 0;
}
function commandArgs(service) {
  return [...service.entrypoint?.args ?? [], ...service.command?.args ?? []];
}
var is = (product, ...names) => product !== void 0 && names.some((n) => product === n || product.startsWith(`${n} (`));
function switchesOff(target) {
  const { service, product, repository = "" } = target;
  const found = [];
  const bitnami = BITNAMI.test(repository);
  if (!bitnami && is(product, "MySQL", "MariaDB", "MariaDB Galera", "Percona Server", "Percona XtraDB Cluster")) {
    const mariadb = is(product, "MariaDB", "MariaDB Galera");
    const names = mariadb ? ["MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD"] : ["MYSQL_ALLOW_EMPTY_PASSWORD"];
    const rootPassword = ["MYSQL_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD_FILE", "MYSQL_RANDOM_ROOT_PASSWORD"];
    if (mariadb) rootPassword.push("MARIADB_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD_FILE", "MARIADB_ROOT_PASSWORD_HASH", "MARIADB_RANDOM_ROOT_PASSWORD");
    const variable = names.map((n) => envSwitch(service, n, (v) => v !== "")).find(Boolean);
    if (variable && !isSet(service, ...rootPassword)) {
      const anyValue = /^(no|false|0|off)$/i.test(variable.value.value.trim()) ? ' (the image turns it on for any non-empty value, "no" included)' : "";
      found.push({
        at: variable.value,
        setting: written2(variable),
        what: `the database's root account has an empty password${anyValue}: anyone who can connect is root on the database`,
        fix: `Set the root password from a Compose secret (\`${mariadb ? "MARIADB" : "MYSQL"}_ROOT_PASSWORD_FILE\`) and remove ${variable.name.value}`
      });
    }
  }
  if (bitnami && BITNAMI_EMPTY_PASSWORD.test(repository)) {
    const variable = envSwitch(service, "ALLOW_EMPTY_PASSWORD", (v) => BITNAMI_YES.test(v));
    const password = service.environment.some(
      (v) => /^((REDIS|VALKEY)_PASSWORD|(MARIADB|MYSQL|MONGODB)_ROOT_PASSWORD|POSTGRES(QL)?_(POSTGRES_)?PASSWORD)(_FILE)?$/.test(v.name.value) && (v.value?.value.trim() ?? "") !== ""
    );
    if (variable && !password) {
      found.push({ at: variable.value, setting: written2(variable), what: "the service accepts connections without a password", fix: "Set a password from a Compose secret (the image's `*_PASSWORD_FILE` variable) and remove ALLOW_EMPTY_PASSWORD" });
    }
  }
  if (bitnami && /\/zookeeper$/.test(repository)) {
    const variable = envSwitch(service, "ALLOW_ANONYMOUS_LOGIN", (v) => BITNAMI_YES.test(v));
    if (variable) found.push({ at: variable.value, setting: written2(variable), what: "ZooKeeper accepts clients without authentication", fix: "Configure SASL authentication (ZOO_ENABLE_AUTH, ZOO_CLIENT_USER, ZOO_CLIENT_PASSWORD_FILE) and remove ALLOW_ANONYMOUS_LOGIN" });
  }
  if (!bitnami && is(product, "PostgreSQL", "TimescaleDB", "Citus")) {
    const variable = envSwitch(service, "POSTGRES_HOST_AUTH_METHOD", (v) => v.toLowerCase() === "trust");
    if (variable) found.push({ at: variable.value, setting: written2(variable), what: "PostgreSQL accepts every connection from the network without a password, as any user", fix: "Remove it (the image then asks for scram-sha-256) and set POSTGRES_PASSWORD_FILE from a Compose secret" });
  }
  if (is(product, "Neo4j")) {
    const variable = envSwitch(service, "NEO4J_AUTH", (v) => v.toLowerCase() === "none");
    if (variable) found.push({ at: variable.value, setting: written2(variable), what: "Neo4j runs without authentication", fix: "Set NEO4J_AUTH to `neo4j/${NEO4J_PASSWORD:?}` with the password kept out of the file" });
  }
  if (is(product, "Elasticsearch")) {
    const variable = envSwitch(service, "xpack.security.enabled", (v) => v.toLowerCase() === "false");
    const arg = commandArgs(service).find((a) => /^(-E)?xpack\.security\.enabled=false$/i.test(a.value));
    const at = variable?.value ?? arg;
    if (at) found.push({ at, setting: variable ? written2(variable) : arg.value, what: "Elasticsearch serves its REST API without authentication or TLS: anyone who reaches it reads, writes and deletes every index", fix: "Leave security on (the default since 8.0) and give clients an API key or the password from ELASTIC_PASSWORD_FILE" });
  }
  if (is(product, "OpenSearch")) {
    const variable = envSwitch(service, "DISABLE_SECURITY_PLUGIN", (v) => v.toLowerCase() === "true") ?? envSwitch(service, "plugins.security.disabled", (v) => v.toLowerCase() === "true");
    if (variable) found.push({ at: variable.value, setting: written2(variable), what: "OpenSearch runs without its security plugin, so without authentication or TLS: anyone who reaches it reads, writes and deletes every index", fix: "Keep the security plugin and set OPENSEARCH_INITIAL_ADMIN_PASSWORD from an uncommitted .env file" });
  }
  if (is(product, "CockroachDB")) {
    const arg = commandArgs(service).find((a) => /^--insecure(=true)?$/.test(a.value));
    if (arg) found.push({ at: arg, setting: arg.value, what: "CockroachDB runs without authentication or TLS: any client is accepted as any user, root included", fix: "Start it with certificates (`--certs-dir`) instead, or keep it off every network you do not control" });
  }
  const commandRaw = [service.entrypoint?.raw, service.command?.raw].join(" ");
  const jupyter = commandArgs(service).find(
    (a) => /^--(NotebookApp|ServerApp|IdentityProvider)\.token=(''|""|)$/.test(a.value.trim()) && !/\.token=["']?\$/.test(a.raw ?? commandRaw)
  );
  if (jupyter) found.push({ at: jupyter, setting: jupyter.value, what: "Jupyter runs without a token or password: whoever opens it runs code in the container", fix: "Remove the option (Jupyter then generates a token), or set JUPYTER_TOKEN from an uncommitted .env file" });
  return found;
}
function openByDefault(target) {
  const { service, product, repository = "" } = target;
  const text = [service.entrypoint?.text, service.command?.text, env(service, "REDIS_ARGS")?.value?.value].filter(Boolean).join(" ");
  if (!BITNAMI.test(repository) && is(product, "Redis", "Redis Stack", "Valkey", "KeyDB", "Dragonfly")) {
    if (/requirepass|aclfile|--user\s|protected-mode\s+yes|\S\.conf\b/i.test(text)) return void 0;
    if (!service.image && !service.command) return void 0;
    const program = service.command?.args[0]?.value ?? "";
    if (service.entrypoint || program !== "" && !program.startsWith("-") && !/(^|\/)(redis|valkey|keydb)-server$|(^|\/)dragonfly$/.test(program)) return void 0;
    return {
      what: `${product} starts without \`requirepass\` or an ACL${is(product, "Redis", "Valkey") ? ", and its official image turns protected mode off" : ""}: anyone who reaches the port runs any command (CONFIG SET and MODULE LOAD included)`,
      fix: "Set `requirepass` or an ACL file in a mounted configuration file passed on the command line (`redis-server /usr/local/etc/redis/redis.conf`), and do not publish the port"
    };
  }
  if (/^(library\/registry|registry|distribution\/(distribution|registry))$/.test(repository)) {
    const configured = service.environment.some((v) => v.name.value.startsWith("REGISTRY_AUTH")) || service.mounts.some((m) => /^\/etc\/(docker\/registry|distribution)(\/|$)/.test(m.target.value)) || /\.ya?ml\b/.test(text);
    if (configured) return void 0;
    return {
      what: "the registry has no authentication: anyone who reaches it pulls every image and pushes their own under any name",
      fix: "Configure `REGISTRY_AUTH` (htpasswd or token) with its credentials from a Compose secret, or keep it on loopback behind a proxy that authenticates"
    };
  }
  return void 0;
}
function targetOf(service) {
  const target = { service };
  const datastore = datastoreOfService(service);
  if (datastore) target.product = datastore.product;
  if (service.image) target.repository = service.image.value.repository;
  return target;
}
function authenticationSwitchedOff(service) {
  return switchesOff(targetOf(service));
}
function openWithoutConfiguration(service) {
  return openByDefault(targetOf(service));
}

// rules/no-disabled-auth.ts
var no_disabled_auth_default = defineRule({
  meta: {
    id: "no-disabled-auth",
    description: "A service runs with authentication turned off: an empty root password, `trust`, `--insecure`, a disabled security plugin, an empty Jupyter token, or a published Redis or registry with no password.",
    level: "error",
    preset: "recommended",
    tags: ["security", "authentication", "exposure", "database"],
    help: "A datastore or tool without authentication belongs to whoever reaches it: over a published port that is anyone on the host's networks, and Docker's iptables rules let the traffic past UFW and firewalld; inside the project it is every other container, including a compromised one. Turn authentication on (a password or certificate from a Compose secret), and do not publish the port. It is an error when the service publishes a port beyond loopback (or uses the host network), a warning otherwise. Only switches the image reads are reported.",
    securitySeverity: 8.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      const reaches = portReach(service, project);
      const open = reaches.find((r) => r.reach !== "loopback");
      const hostNetwork = service.networkMode?.value.trim() === "host";
      const level = open || hostNetwork ? "error" : "warning";
      const where = hostNetwork ? " on the host network, so on every interface of the host" : open ? `, and its port ${describePort(open.port)} is published beyond loopback` : "";
      for (const switched of authenticationSwitchedOff(service)) {
        report({
          at: switched.at,
          ...level === "warning" ? { level } : {},
          service: service.name.value,
          message: (who) => `${who} sets \`${switched.setting}\`: ${switched.what}${where}. ${switched.fix}.`
        });
      }
      const unconfigured = openWithoutConfiguration(service);
      const published = open ?? reaches[0];
      if (unconfigured && (published || hostNetwork)) {
        report({
          at: published ? portSpan(published.port) : service.networkMode,
          ...level === "warning" ? { level } : {},
          service: service.name.value,
          message: (who) => `${who}: ${unconfigured.what}${where || ", and its port is published on loopback, open to every local user and process"}. ${unconfigured.fix}.`
        });
      }
    }
  }
});

// rules/no-exposed-docker-api.ts
var PLAINTEXT_PORT = 2375;
var TLS_PORT = 2376;
function isDind(service) {
  const image = service.image?.value;
  if (!image) return false;
  return /dind/.test(image.name) || image.name === "docker" && /dind/.test(image.tag ?? "");
}
var HOST_FLAG = /(?:^|\s)(?:-H|--host)(?:=|\s+)['"]?tcp:\/\/([^\s'"]*)/g;
function parseAddress(address, defaultPort) {
  const match = /^(\[[^\]]*\]|[^:/]*)(?::(\d+))?/.exec(address);
  return { host: (match?.[1] ?? "").replace(/^\[|\]$/g, ""), port: match?.[2] ? Number(match[2]) : defaultPort };
}
function verifiesClients(text) {
  return /(?:^|\s)--tlsverify(?:=(?:true|1))?(?:\s|$)/.test(text);
}
function envValue(service, name) {
  return service.environment.find((e) => e.name.value === name)?.value;
}
function daemonOf(service) {
  const dind = isDind(service);
  const lines = [service.entrypoint, service.command].filter((l) => l !== void 0);
  const runsDockerd = lines.some((l) => /(^|[\s/])dockerd(\s|$)/.test(l.text));
  if (!dind && !runsDockerd) return void 0;
  const daemon = { plaintext: [], tls: /* @__PURE__ */ new Set() };
  const certDir = envValue(service, "DOCKER_TLS_CERTDIR");
  const tlsDisabled = certDir !== void 0 && certDir.value.trim() === "";
  const firstArg = service.command?.args[0]?.value;
  const entrypointAddsFlags = dind && !service.entrypoint && (firstArg === void 0 || firstArg.startsWith("-"));
  for (const line of lines) {
    const passedToDockerd = /(^|[\s/])dockerd(\s|$)/.test(line.text) || line === service.command && entrypointAddsFlags;
    if (!passedToDockerd) continue;
    const tlsOn = verifiesClients(line.text) || entrypointAddsFlags && !tlsDisabled;
    for (const match of line.text.matchAll(HOST_FLAG)) {
      const { host, port } = parseAddress(match[1], tlsOn ? TLS_PORT : PLAINTEXT_PORT);
      if (host !== "" && isLoopbackAddress(host)) continue;
      if (tlsOn) {
        daemon.tls.add(port);
        continue;
      }
      const arg = line.args.find((a) => a.value.includes(`tcp://${match[1]}`)) ?? line;
      daemon.plaintext.push({ host, port, at: arg.span, shown: match[0].trim() });
    }
  }
  if (entrypointAddsFlags) {
    if (!tlsDisabled) daemon.tls.add(TLS_PORT);
    else if (certDir) daemon.plaintext.push({ host: "0.0.0.0", port: PLAINTEXT_PORT, at: certDir.span, shown: `DOCKER_TLS_CERTDIR=""` });
  }
  return daemon;
}
function coversPort(port, number) {
  const { start, end } = port.containerPorts.value;
  return start <= number && number <= end;
}
function apiPorts(port, daemon) {
  const { start, end } = port.containerPorts.value;
  return [PLAINTEXT_PORT, TLS_PORT].filter((p) => coversPort(port, p) && (start === end || daemon));
}
function remoteEngine(host, project) {
  const name = host.toLowerCase();
  if (project.services.some((s) => s.name.value.toLowerCase() === name)) return void 0;
  if (isLoopbackAddress(name) || /^(host|gateway)\.docker\.internal$|^docker\.host\.internal$|^host-gateway$|^172\.17\.0\.1$/.test(name)) return "host";
  if (!name.includes(".") && !name.includes(":")) return void 0;
  return "remote";
}
var WHERE = { unbound: "on all interfaces", wildcard: "on all interfaces", address: "on a non-loopback address" };
var no_exposed_docker_api_default = defineRule({
  meta: {
    id: "no-exposed-docker-api",
    description: "The Docker Engine API is reachable over TCP: a published port 2375/2376, dockerd listening without TLS, or a client using plaintext tcp://.",
    level: "error",
    preset: "recommended",
    tags: ["security", "network", "exposure", "privilege-escalation"],
    help: "The Docker Engine API is root on the machine that runs the engine: one API call starts a privileged container with the host's / mounted. On TCP port 2375 it has no encryption and no authentication, and internet scanners look for it to deploy cryptominers. Do not publish it; if a remote client really needs it, use SSH (`DOCKER_HOST=ssh://...`) or TLS with client certificates (`--tlsverify`, port 2376) bound to a management address, and give local tools a filtering socket proxy on an internal network.",
    securitySeverity: 9.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      const name = service.name.value;
      const daemon = daemonOf(service);
      const listeners = daemon?.plaintext ?? [];
      const reported2 = /* @__PURE__ */ new Set();
      for (const { port, reach } of portReach(service, project)) {
        if (reach === "loopback") continue;
        const where = port.hostIp?.value ? `on ${port.hostIp.value}` : WHERE[reach];
        for (const apiPort of apiPorts(port, daemon !== void 0)) {
          const listener = listeners.find((l) => l.port === apiPort);
          let tls = false;
          if (!listener && daemon) {
            if (!daemon.tls.has(apiPort)) continue;
            tls = true;
          } else if (!listener) {
            tls = apiPort === TLS_PORT;
          }
          if (listener) reported2.add(listener);
          const published = `port ${describePort(port)} ${where}`;
          const loopback = `"${loopbackSuggestion(port)}"`;
          const message = listener ? `publishes the Docker Engine API without TLS (${published}, ${listener.shown}): anyone who can reach it can start a privileged container and take over the host. Remove the port, or bind it to loopback (${loopback}) and require TLS client certificates (--tlsverify).` : tls ? `publishes the Docker Engine API's TLS port (${published}): client certificates authenticate callers, but whoever holds one signed by its CA is root on the host. Publish it only where remote clients need it (${loopback} or a management address).` : `publishes ${published}, the Docker Engine API's plaintext port: whoever reaches it calls the API without credentials, and an unfiltered API is root on the host. Remove the port, or bind it to loopback (${loopback}).`;
          report({
            at: portSpan(port),
            ...tls ? { level: "warning" } : {},
            service: name,
            message: (who) => `${who} ${message}`,
            ...listener ? { related: [{ span: listener.at, message: `dockerd listens without TLS here (${listener.shown})` }] } : {}
          });
        }
      }
      for (const listener of listeners) {
        if (reported2.has(listener)) continue;
        const hostNetwork = service.networkMode?.value === "host";
        report({
          at: listener.at,
          ...hostNetwork ? {} : { level: "warning" },
          service: name,
          message: (who) => hostNetwork ? `${who} runs dockerd with a plaintext TCP listener (${listener.shown}) on the host's network: anyone who can reach the host on port ${listener.port} controls its containers and the host. Drop the TCP listener or require TLS client certificates (--tlsverify).` : `${who} runs dockerd with a plaintext TCP listener (${listener.shown}): every container on its networks can use the API without credentials, and dockerd runs privileged, so that is root on the host. ` + (listener.shown.startsWith("DOCKER_TLS_CERTDIR") ? "Keep DOCKER_TLS_CERTDIR set (TLS with client certificates on port 2376)." : "Add --tlsverify with client certificates, or share the unix socket through a volume instead.")
        });
      }
      const dockerHost = envValue(service, "DOCKER_HOST");
      const tlsVerify = envValue(service, "DOCKER_TLS_VERIFY")?.value.trim() ?? "";
      const tcp = dockerHost ? /^tcp:\/\/([^/\s]+)/.exec(dockerHost.value.trim()) : null;
      if (dockerHost && tcp && tlsVerify === "") {
        const { host, port } = parseAddress(tcp[1], PLAINTEXT_PORT);
        const engine = port === TLS_PORT ? void 0 : remoteEngine(host, project);
        if (!engine) continue;
        const shown = dockerHost.raw ?? dockerHost.value;
        report({
          at: dockerHost,
          service: name,
          message: (who) => engine === "host" ? `${who} talks to the host's Docker engine over plaintext TCP (DOCKER_HOST=${shown}), so that engine accepts unauthenticated API calls on TCP, which any local process or container can use to take over the host. Turn the TCP listener off and give the service a filtering socket proxy instead.` : `${who} talks to the Docker engine at ${host} over plaintext TCP (DOCKER_HOST=${shown}): that engine accepts unauthenticated API calls from the network, and the traffic (registry credentials included) is unencrypted. Use DOCKER_HOST=ssh://... or TLS with client certificates (DOCKER_TLS_VERIFY=1, port 2376).`
        });
      }
    }
  }
});

// rules/no-published-database-port.ts
var WHERE2 = {
  unbound: "on all interfaces (no host IP)",
  wildcard: "on all interfaces",
  address: "on a non-loopback address"
};
function recognition(service, datastore) {
  switch (datastore.by) {
    case "image":
      return "";
    case "service name":
      return ` It has no image; its service name "${datastore.evidence}" says it is ${datastore.product}.`;
    case "build context":
      return ` It has no image; its build context "${datastore.evidence}" says it is ${datastore.product}.`;
    case "port": {
      const image = service.image ? `Image "${service.image.value.text}" is` : "Its image is";
      return ` ${image} not one compose-lint knows, but container port ${datastore.evidence} is ${datastore.product}'s well-known port.`;
    }
  }
}
var no_published_database_port_default = defineRule({
  meta: {
    id: "no-published-database-port",
    description: "A database or other datastore publishes its port on an address other than loopback.",
    level: "error",
    preset: "recommended",
    tags: ["security", "network", "exposure", "database"],
    help: "A published database port is reachable from every network the host is on, and Docker's iptables rules let the traffic past UFW and firewalld. Databases are the first thing scanners look for, and default or weak credentials turn that into a breach. Connect to it from other services over a compose network and drop `ports:`; if you need it from the host, bind it to 127.0.0.1.",
    securitySeverity: 8.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const { port, reach } of portReach(service, project)) {
        if (reach === "loopback") continue;
        const datastore = datastorePort(service, port);
        if (!datastore) continue;
        const what = datastore.own ? `${datastore.product} port ${describePort(port)}` : `port ${describePort(port)} of ${datastore.by === "image" ? `a ${datastore.product} image` : datastore.product}`;
        const address = port.hostIp?.value ? ` ${port.hostIp.value}` : "";
        report({
          at: portSpan(port),
          service: service.name.value,
          message: (who) => `${who} publishes ${what}${address ? ` on${address}` : ` ${WHERE2[reach]}`}; anyone who reaches the host can connect. Drop \`ports:\` and connect over a compose network, or bind it to loopback ("${loopbackSuggestion(port)}").${recognition(service, datastore)}`
        });
      }
    }
  }
});

// rules/no-unbound-port.ts
function publicSuggestion(port) {
  const loopback = loopbackSuggestion(port);
  return `"${loopback.replace(/^127\.0\.0\.1:/, "0.0.0.0:")}" and "${loopback.replace(/^127\.0\.0\.1:/, "[::]:")}"`;
}
var no_unbound_port_default = defineRule({
  meta: {
    id: "no-unbound-port",
    description: "A published port has no host IP, so Docker listens on every interface and bypasses the host firewall.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "exposure"],
    help: 'Without a host address Docker publishes the port on 0.0.0.0 and ::, and its own iptables DNAT rules send the traffic to the container before UFW or firewalld see it. Bind the port to 127.0.0.1 ("127.0.0.1:8080:80") and put a reverse proxy in front, or drop `ports:` and let services talk over a compose network. A datastore\'s port is left to no-published-database-port, so one port gives one finding.',
    securitySeverity: 6.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const { port, reach } of portReach(service, project)) {
        if (reach !== "unbound") continue;
        if (datastorePort(service, port)) continue;
        const what = port.hostPorts ? `publishes port ${describePort(port)}` : `publishes container port ${describePort(port)} on a random host port`;
        const evaluated = port.raw !== void 0 ? ` (\`${port.raw}\` leaves the ${port.emptiedByInterpolation ?? "host address"} empty)` : "";
        report({
          at: portSpan(port),
          service: service.name.value,
          message: (who) => `${who} ${what} on all interfaces, IPv4 and IPv6${evaluated}; Docker's iptables rules bypass UFW/firewalld. Bind it to loopback ("${loopbackSuggestion(port)}"), remove it and use a network for service-to-service traffic, or, if it is meant to be public, write both addresses explicitly (${publicSuggestion(port)}).`
        });
      }
    }
  }
});

// rules/no-unencrypted-overlay.ts
var ENCRYPT = 'Add `driver_opts: { encrypted: "true" }`.';
var no_unencrypted_overlay_default = defineRule({
  meta: {
    id: "no-unencrypted-overlay",
    description: "An overlay network does not encrypt the traffic it carries between swarm nodes; in a swarm stack that includes networks without a driver and the implicit default network.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "swarm"],
    help: 'Overlay networks carry container traffic between swarm nodes in VXLAN packets, in clear text, over whatever network joins the hosts. Set `driver_opts: { encrypted: "true" }` so Docker encrypts it with IPsec (ESP). In a file deployed with `docker stack deploy`, a network without `driver` is an overlay, and so is the default network the stack creates for services that name none: declare `default` with the option too. The management traffic of the swarm is always encrypted; this option covers the application data.',
    securitySeverity: 5
  },
  check({ project, report }) {
    const swarm = swarmEvidence(project);
    const related = swarm ? [{ span: swarm.span, message: "this makes the file a swarm stack" }] : [];
    for (const network of project.networks) {
      if (network.external || network.driverOpts.has("encrypted")) continue;
      if (network.driver?.value === "overlay") {
        report({
          at: network.driver,
          message: `network "${network.name.value}" uses the overlay driver without encryption, so traffic between swarm nodes travels in clear text. ${ENCRYPT}`
        });
      } else if (!network.driver && swarm) {
        report({
          at: network.name,
          message: `network "${network.name.value}" has no driver, and ${swarm.what} makes this a swarm stack: \`docker stack deploy\` creates it as an overlay, without encryption, so traffic between nodes travels in clear text. Add \`driver: overlay\` and \`driver_opts: { encrypted: "true" }\`.`,
          related
        });
      }
    }
    if (!swarm || project.networks.some((n) => n.name.value === "default")) return;
    const users = project.services.filter((s) => attachedNetworks(s, project).some((n) => n.name === "default" && !n.network));
    const at = project.file.locate(["services"], "key");
    if (users.length === 0 || !at) return;
    const names = users.map((s) => `"${s.name.value}"`);
    const who = names.length === 1 ? `service ${names[0]} joins` : `services ${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""} join`;
    report({
      at,
      message: `${who} the stack's default network, and ${swarm.what} makes this a swarm stack: \`docker stack deploy\` creates that network as an overlay, without encryption. Declare it encrypted: \`networks: { default: { driver: overlay, driver_opts: { encrypted: "true" } } }\`.`,
      related
    });
  }
});

// src/model/capabilities.ts
var DEFAULT_CAPABILITIES = /* @__PURE__ */ new Set([
  "CHOWN",
  "DAC_OVERRIDE",
  "FSETID",
  "FOWNER",
  "MKNOD",
  "NET_RAW",
  "SETGID",
  "SETUID",
  "SETFCAP",
  "SETPCAP",
  "NET_BIND_SERVICE",
  "SYS_CHROOT",
  "KILL",
  "AUDIT_WRITE"
]);
function normaliseCapability(capability) {
  const upper = capability.trim().toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}
function dropsCapability(service, capability) {
  return service.capDrop.some((entry2) => {
    const dropped = normaliseCapability(entry2.value);
    return dropped === "ALL" || dropped === capability;
  });
}
function addsToDefaults(service, capability) {
  return capability === "ALL" || !DEFAULT_CAPABILITIES.has(capability) || dropsCapability(service, capability);
}

// rules/no-dangerous-capability.ts
var DANGEROUS = {
  ALL: { allows: "grants every capability, nearly the same as `privileged: true`", level: "error" },
  SYS_ADMIN: {
    allows: "lets it mount file systems and use dozens of privileged system calls; most known container escapes (cgroup release_agent, mounting the host disk) start from it",
    level: "error"
  },
  SYS_MODULE: { allows: "lets it load kernel modules, that is run its own code in the host kernel" },
  SYS_RAWIO: { allows: "gives it raw I/O port and device access (iopl, ioperm, raw block and memory devices)" },
  SYS_PTRACE: {
    allows: (service) => sharesHost(service, "pid") ? "lets it read and write the memory of every process on the host, since it also uses `pid: host`" : "lets it read and write the memory of any process it can see, including those of services whose PID namespace it shares"
  },
  SYS_BOOT: { allows: "lets it reboot the host or load a new kernel with kexec_load" },
  SYS_TIME: { allows: "lets it set the host's clock (clocks are not namespaced), breaking TLS validity checks, time-based tokens and logs" },
  DAC_READ_SEARCH: { allows: 'lets it bypass read permissions and open files by handle (open_by_handle_at), the call the "Shocker" escape used to read any file on the host' },
  NET_ADMIN: {
    allows: (service) => service.networkMode?.value.trim() === "host" ? "lets it reconfigure the host's own interfaces, routes and firewall rules, since it also uses `network_mode: host`" : "lets it reconfigure the interfaces, routes and firewall rules of its network and capture its traffic"
  },
  NET_RAW: { allows: "lets it open raw and packet sockets to forge packets, for example ARP or DNS replies that redirect other containers' traffic on the same network" },
  BPF: { allows: "lets it load eBPF programs and maps that can read kernel memory and observe every process on the host" },
  PERFMON: { allows: "lets it monitor performance events system-wide, leaking information about the kernel and other processes" },
  MAC_ADMIN: { allows: "lets it change the AppArmor/SELinux/Smack policy, switching off the confinement meant to contain it" },
  MAC_OVERRIDE: { allows: "lets it bypass the AppArmor/SELinux/Smack policy" },
  SYSLOG: { allows: "lets it read and clear the kernel log, exposing kernel addresses (defeating KASLR) and other containers' messages" }
};
function sharesHost(service, key) {
  return service.namespaces.some((n) => n.key === key && n.value.value.trim() === "host");
}
var no_dangerous_capability_default = defineRule({
  meta: {
    id: "no-dangerous-capability",
    description: "`cap_add` grants a capability that reaches past the container: ALL, SYS_ADMIN, SYS_MODULE, NET_ADMIN, SYS_PTRACE and others.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "host", "privilege-escalation", "capabilities"],
    help: "Docker drops most Linux capabilities so that root in a container cannot act on the host. Adding one back hands over that power: SYS_ADMIN and ALL are one step from a container escape; SYS_MODULE, SYS_RAWIO, SYS_BOOT and BPF act on the host kernel; SYS_PTRACE, DAC_READ_SEARCH, NET_ADMIN, NET_RAW and the rest cross into other processes, files or traffic. Remove the entry, or find the narrower capability or setting the service actually needs.",
    securitySeverity: 7.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const entry2 of service.capAdd) {
        const name = normaliseCapability(entry2.value);
        const danger = DANGEROUS[name];
        if (!danger || !addsToDefaults(service, name)) continue;
        const shown = name === "ALL" ? "ALL" : `CAP_${name}`;
        const allows = typeof danger.allows === "function" ? danger.allows(service) : danger.allows;
        const regained = DEFAULT_CAPABILITIES.has(name) ? " Docker grants it by default, but `cap_drop` removes it and this adds it back." : "";
        report({
          at: entry2,
          ...danger.level ? { level: danger.level } : {},
          service: service.name.value,
          message: (who) => `${who} adds ${shown}, which ${allows}.${regained} Remove it unless the service cannot work without it.`
        });
      }
    }
  }
});

// rules/no-host-device.ts
var DISK_FIX = "Give it a directory through a bind mount or volume instead of the raw device.";
var NARROW_FIX = "Pass only the device node the service needs, with the fewest permissions (`:r` if it only reads).";
var MEMORY = {
  "/dev/mem": "physical memory",
  "/dev/kmem": "kernel memory",
  "/dev/port": "the host's I/O ports"
};
var KINDS = [
  {
    pattern: /^\/dev$/,
    level: "error",
    what: "the host's whole /dev",
    risk: "every disk, memory and input device of the host is in its reach",
    fix: "Pass only the device nodes the service needs."
  },
  {
    pattern: /^\/dev\/((sd|hd|vd|xvd)[a-z]+\d*|nvme\d+(n\d+)?(p\d+)?|mmcblk\d+(p\d+|boot\d+|rpmb)?|loop(\d+|-control)|dm-\d+|md\d+(p\d+)?|sg\d+|nbd\d+(p\d+)?|zd\d+(p\d+)?|rbd\d+)$|^\/dev\/(mapper|disk|md|zvol|block)(\/|$)/,
    level: "error",
    what: "a raw block device",
    risk: "root in the container can read and overwrite every file on that disk whatever its permissions and mount options, which amounts to root on the host",
    fix: DISK_FIX
  },
  {
    pattern: /^\/dev\/(mem|kmem|port)$|^\/dev\/cpu(\/\d+\/msr)?$/,
    level: "error",
    what: (path) => `raw access to ${MEMORY[path] ?? "the CPUs' model-specific registers"}`,
    risk: "with CAP_SYS_RAWIO, the whole host can be read and rewritten through it",
    fix: "Remove it."
  },
  {
    pattern: /^\/dev\/kmsg$/,
    level: "error",
    what: "the kernel log",
    risk: "it leaks kernel addresses and other containers' messages and accepts forged log lines",
    fix: "Remove it; read host logs with an agent on the host or a logging driver."
  },
  // GPUs and media/AI accelerators: scoped to one piece of hardware through its driver.
  { pattern: /^\/dev\/(dri|dma_heap|accel|nvidia-caps)(\/|$)|^\/dev\/(nvidia[\w-]*|kfd|mali\d*|rga|mpp_service|apex_\d+)$/, level: "ignore" },
  // Useless without CAP_SYS_ADMIN / CAP_NET_ADMIN, which no-dangerous-capability reports.
  { pattern: /^\/dev\/(fuse|net\/tun)$/, level: "ignore" },
  // Every container already has these.
  { pattern: /^\/dev\/(null|zero|full|random|urandom|tty)$/, level: "ignore" },
  { pattern: /^\/dev\/(input|hidraw\d*)(\/|$)/, level: "warning", what: "a host input device", risk: "it can read what is typed on the host, passwords included", fix: NARROW_FIX },
  { pattern: /^\/dev\/(tty\d+|console)$/, level: "warning", what: "a host console", risk: "it can read and inject keystrokes there", fix: NARROW_FIX },
  { pattern: /^\/dev\/bus\/usb(\/|$)/, level: "warning", what: "raw USB access", risk: "it can drive every USB device directly, and reflash some", fix: NARROW_FIX },
  { pattern: /^\/dev\/snd(\/|$)/, level: "warning", what: "the host's sound devices", risk: "it can record from the host's microphones", fix: NARROW_FIX },
  { pattern: /^\/dev\/video\d+$/, level: "warning", what: "a video device", risk: "it can record from the camera behind it", fix: NARROW_FIX },
  { pattern: /^\//, level: "warning", what: "a host device", risk: "it uses the hardware directly, outside Docker's device isolation", fix: NARROW_FIX }
];
function normalise2(path) {
  return path.trim().replace(/\/{2,}/g, "/").replace(/(.)\/+$/, "$1");
}
var no_host_device_default = defineRule({
  meta: {
    id: "no-host-device",
    description: "A service is given a host device (`devices:`); raw disks, /dev/mem, /dev/kmsg and the whole /dev are errors.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "host", "devices"],
    help: "`devices:` puts a host device node into the container and tells the device cgroup to allow it, by default with read, write and mknod permission. A raw disk gives root in the container every file on it; /dev/mem, /dev/kmem and /dev/port give the host's memory and I/O ports; the whole /dev gives all of them. Pass only the node the service needs with the fewest permissions (`/dev/ttyUSB0:/dev/ttyUSB0:r`), and a directory instead of a disk. GPUs, accelerators, /dev/fuse and /dev/net/tun are not reported.",
    securitySeverity: 6.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const device of service.devices) {
        const path = normalise2(device.source.value);
        const kind = KINDS.find((k) => k.pattern.test(path));
        if (!kind || kind.level === "ignore") continue;
        const { level, what, risk, fix } = kind;
        const noun = typeof what === "function" ? what(path) : what;
        report({
          at: device.source,
          ...level !== "warning" ? { level } : {},
          service: service.name.value,
          message: (who) => `${who} is given ${path}, ${noun}: ${risk}. ${fix}`
        });
      }
    }
  }
});

// rules/no-host-ip-in-swarm.ts
var no_host_ip_in_swarm_default = defineRule({
  meta: {
    id: "no-host-ip-in-swarm",
    description: "A swarm stack binds a published port to a host address, which `docker stack deploy` ignores: the port is public on every node.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "exposure", "swarm"],
    help: "Swarm services publish ports through the routing mesh (or, with `mode: host`, on the node) and their port configuration has no address: `docker stack deploy` drops `127.0.0.1:` or `host_ip` with a warning nobody reads, and the port listens on every interface of every node. Reach the service over an overlay network instead of publishing it, or run it as a plain container outside the stack if it must stay on loopback.",
    securitySeverity: 7
  },
  check({ project, report }) {
    const evidence = swarmEvidence(project);
    if (!evidence) return;
    for (const service of project.services) {
      for (const { port, reach } of portReach(service, project)) {
        const address = port.hostIp?.value;
        if (!address || reach === "wildcard" || reach === "unbound") continue;
        report({
          at: portSpan(port),
          service: service.name.value,
          message: (who) => `${who} binds port ${describePort(port)} to ${address}, but ${evidence.what} makes this a swarm stack, and \`docker stack deploy\` ignores the address: the port is published on every interface of every node. Drop the port and reach the service over an overlay network, or keep it out of the stack.`,
          related: [{ span: evidence.span, message: "this makes the file a swarm stack" }]
        });
      }
    }
  }
});

// rules/no-host-namespace.ts
var EXPOSES = {
  pid: {
    what: "shares the host's process namespace: it sees every process on the host, can read their command lines (and environments, for the same user), and can signal or trace them",
    fix: 'Remove `pid: host`, or share one other service\'s processes with `pid: "service:<name>"`.'
  },
  ipc: {
    what: "shares the host's IPC namespace: it can attach to the host's shared memory segments, semaphores and message queues, reading or corrupting other processes' data",
    fix: 'Remove `ipc: host`, or share one other service\'s IPC with `ipc: "service:<name>"`.'
  },
  uts: {
    what: "shares the host's UTS namespace: it sees the host's hostname and, given CAP_SYS_ADMIN, changes it for the whole host",
    fix: "Remove `uts: host`; set `hostname:` if the service needs a particular name.",
    level: "note"
  },
  userns_mode: {
    what: "opts out of user-namespace remapping: on a daemon with userns-remap, root in this container is root on the host again",
    fix: "Remove `userns_mode: host` and fix file ownership for the remapped IDs instead."
  },
  cgroup: {
    what: "uses the host's cgroup namespace: it sees the host's whole cgroup hierarchy (every container's cgroups and limits) under /sys/fs/cgroup",
    fix: "Use `cgroup: private`."
  }
};
var no_host_namespace_default = defineRule({
  meta: {
    id: "no-host-namespace",
    description: "A service shares one of the host's namespaces (`pid`, `ipc`, `uts`, `userns_mode` or `cgroup` set to `host`).",
    level: "warning",
    preset: "recommended",
    tags: ["security", "host", "isolation"],
    help: "Namespaces are what keep a container from seeing the host. `pid: host` shows it every host process to signal or trace; `ipc: host` gives it the host's shared memory; `uts: host` the host's hostname; `userns_mode: host` turns off user-namespace remapping, so container root is host root; `cgroup: host` exposes the host's cgroup hierarchy. Remove the key; where two services must share processes or IPC, share one service's namespace (`pid: \"service:app\"`) rather than the host's.",
    securitySeverity: 6.5
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const { key, value } of service.namespaces) {
        if (value.value.trim() !== "host") continue;
        const { what, fix, level } = EXPOSES[key];
        const from = value.raw !== void 0 ? ` (\`${key}: ${value.raw}\`)` : "";
        report({ at: value, ...level ? { level } : {}, service: service.name.value, message: (who) => `${who}${from} ${what}. ${fix}` });
      }
    }
  }
});

// rules/no-host-network.ts
function hostNetworkVia(service, services) {
  const seen = /* @__PURE__ */ new Set();
  let current = service;
  while (current?.networkMode && !seen.has(current.name.value)) {
    const mode = current.networkMode.value.trim();
    if (mode === "host") return current;
    seen.add(current.name.value);
    current = mode.startsWith("service:") ? services.get(mode.slice("service:".length)) : void 0;
  }
  return void 0;
}
var no_host_network_default = defineRule({
  meta: {
    id: "no-host-network",
    description: "A service uses the host's network stack (`network_mode: host`), so every port it listens on is open on every host interface.",
    level: "warning",
    preset: "recommended",
    tags: ["security", "network", "exposure", "host"],
    help: 'With `network_mode: host` the container has no network namespace of its own: every port its processes listen on is open on every interface of the host, `ports:` and `host_ip` no longer apply, and it can reach services the host binds to 127.0.0.1 (databases, admin consoles, the Docker API on tcp://127.0.0.1:2375). Use a compose network and publish only the ports you need, bound to an address ("127.0.0.1:8080:80").',
    securitySeverity: 6
  },
  check({ project, report }) {
    const services = new Map(project.services.map((s) => [s.name.value, s]));
    for (const service of project.services) {
      const mode = service.networkMode;
      if (!mode) continue;
      const owner = hostNetworkVia(service, services);
      if (!owner) continue;
      const name = service.name.value;
      const from = mode.raw !== void 0 ? `, from \`${mode.raw}\`` : "";
      const how = owner === service ? `uses the host's network stack (network_mode: host${from})` : `shares the network stack of service "${owner.name.value}", which uses the host's network (network_mode: host)`;
      const ignored = service.ports.length > 0 ? " (its `ports:` entries are ignored)" : "";
      report({
        at: mode,
        service: name,
        message: (who) => `${who} ${how}: every port its processes listen on is open on every host interface, and \`ports:\`/\`host_ip\` no longer apply${ignored}; it can also reach services bound to the host's loopback. Put it on a compose network and publish only the ports it needs, bound to an address.`,
        related: service.ports.map((port) => ({ span: port.span, message: "ignored with network_mode: host" }))
      });
    }
  }
});

// rules/no-privileged.ts
var no_privileged_default = defineRule({
  meta: {
    id: "no-privileged",
    description: "A service runs with `privileged: true`, which removes nearly every boundary between it and the host.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "privilege-escalation"],
    help: "A privileged container gets every Linux capability, every host device under /dev, and runs without the seccomp, AppArmor and SELinux confinement Docker applies by default, so a process in it can mount the host's disk or load a kernel module and take over the host. Remove `privileged: true` and grant only what the service needs: one capability in `cap_add`, one device in `devices`.",
    securitySeverity: 9
  },
  check({ project, report }) {
    for (const service of project.services) {
      const privileged = service.privileged;
      if (!privileged?.value) continue;
      report({
        at: privileged,
        service: service.name.value,
        message: (who) => `${who} runs privileged: it gets all capabilities and host devices without seccomp or AppArmor, so whoever controls it controls the host. Remove \`privileged: true\` and add only the capability or device it needs.`
      });
    }
  }
});

// rules/no-unconfined-security-opt.ts
var LOST = {
  seccomp: "turns off the seccomp filter, opening the system calls Docker blocks by default (about 44, among them keyctl, add_key, open_by_handle_at, kexec_load and unshare) that many kernel exploits rely on",
  apparmor: "turns off the docker-default AppArmor profile, the layer that stops a root process from mounting file systems or writing to /proc/sys, /proc/sysrq-trigger and /sys",
  selinux: "turns off SELinux separation, so the process may touch any host file it can reach whatever its label",
  systempaths: "unmasks /proc and /sys: /proc/kcore and /proc/keys become readable and /proc/sys, /proc/sysrq-trigger writable, so unless AppArmor or SELinux still stops it a root process can reboot the host or set kernel.core_pattern to run its own program on the host"
};
var UNCONFINED_SELINUX_TYPES = /* @__PURE__ */ new Set(["spc_t", "unconfined_t"]);
function unconfined(option) {
  if (option === "systempaths=unconfined") return "systempaths";
  const separator = option.includes("=") ? "=" : ":";
  const at = option.indexOf(separator);
  if (at < 0) return void 0;
  const key = option.slice(0, at);
  const value = option.slice(at + 1);
  if (key === "seccomp" && value === "unconfined") return "seccomp";
  if (key === "apparmor" && value === "unconfined") return "apparmor";
  if (key === "label" && (value === "disable" || value.startsWith("type:") && UNCONFINED_SELINUX_TYPES.has(value.slice(5)))) return "selinux";
  return void 0;
}
var no_unconfined_security_opt_default = defineRule({
  meta: {
    id: "no-unconfined-security-opt",
    description: "`security_opt` turns off seccomp, AppArmor, SELinux or the /proc and /sys masking Docker applies to every container.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "isolation"],
    help: "Docker confines every container with a seccomp syscall filter, an AppArmor or SELinux policy, and masked or read-only paths in /proc and /sys. `seccomp=unconfined`, `apparmor=unconfined`, `label=disable` and `systempaths=unconfined` each remove one of those layers, and each is a step the known container escapes depend on. Remove the entry; if the default profile blocks one system call or path the service needs, write a custom profile that allows just that (`seccomp=./profile.json`, `apparmor=my-profile`).",
    securitySeverity: 8
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const entry2 of service.securityOpt) {
        const lost = unconfined(entry2.value);
        if (!lost) continue;
        const evaluated = entry2.raw !== void 0 ? ` (from \`${entry2.raw}\`)` : "";
        report({
          at: entry2,
          service: service.name.value,
          message: (who) => `${who} sets security_opt "${entry2.value}"${evaluated}, which ${LOST[lost]}. Remove it, or use a custom profile that allows only what the service needs.`
        });
      }
    }
  }
});

// rules/require-cap-drop-all.ts
var require_cap_drop_all_default = defineRule({
  meta: {
    id: "require-cap-drop-all",
    description: "A service keeps Docker's default capabilities (`cap_drop: [ALL]` is not set).",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening", "capabilities"],
    help: "Docker leaves about fourteen capabilities to every container, among them NET_RAW (forge packets), CHOWN, DAC_OVERRIDE, SETUID and MKNOD, whether the service needs them or not. Drop them all with `cap_drop: [ALL]` and add back in `cap_add` only those the service is known to need, such as NET_BIND_SERVICE for a port below 1024.",
    securitySeverity: 3
  },
  check({ project, report }) {
    for (const service of project.services) {
      if (service.capDrop.some((cap) => cap.value.trim().toUpperCase() === "ALL")) continue;
      report({
        at: service.name,
        service: service.name.value,
        message: (who) => `${who} keeps Docker's default capabilities (NET_RAW, CHOWN, DAC_OVERRIDE, SETUID...). Add \`cap_drop: [ALL]\` and \`cap_add\` back only what it needs.`
      });
    }
  }
});

// rules/require-no-new-privileges.ts
var TRUE = /* @__PURE__ */ new Set(["1", "t", "T", "TRUE", "true", "True"]);
var FALSE = /* @__PURE__ */ new Set(["0", "f", "F", "FALSE", "false", "False"]);
function setting(option) {
  if (option === "no-new-privileges") return true;
  const match = /^no-new-privileges[=:](.*)$/.exec(option);
  if (!match) return void 0;
  const value = match[1];
  return TRUE.has(value) ? true : FALSE.has(value) ? false : void 0;
}
var require_no_new_privileges_default = defineRule({
  meta: {
    id: "require-no-new-privileges",
    description: "A service does not set `no-new-privileges` in `security_opt`, so setuid programs in it can still raise privileges.",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening", "privilege-escalation"],
    help: 'Without the no_new_privs flag, a process that runs a setuid or setgid program (or one with file capabilities) gains that program\'s privileges; an attacker in a non-root service can become root in the container through any such binary the image ships. Add `security_opt: ["no-new-privileges:true"]`; it breaks only programs that need to gain privileges, like sudo or su.',
    securitySeverity: 4
  },
  check({ project, report }) {
    for (const service of project.services) {
      let last;
      for (const entry2 of service.securityOpt) {
        const on = setting(entry2.value);
        if (on !== void 0) last = { entry: entry2, on };
      }
      if (last?.on) continue;
      const name = service.name.value;
      report(
        last ? {
          at: last.entry,
          service: name,
          message: (who) => `${who} sets "${last.entry.value}", so setuid programs in it can raise privileges. Use "no-new-privileges:true".`
        } : {
          at: service.name,
          service: name,
          message: (who) => `${who} does not set no-new-privileges, so setuid and setgid programs in it can raise privileges. Add \`security_opt: ["no-new-privileges:true"]\`.`
        }
      );
    }
  }
});

// rules/require-non-root-user.ts
function isRoot(user) {
  const name = user.split(":")[0].trim();
  return name === "root" || /^0+$/.test(name);
}
var require_non_root_user_default = defineRule({
  meta: {
    id: "require-non-root-user",
    description: "A service runs as root: `user` is unset (the image's default, usually root) or set to root or 0.",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening"],
    help: 'Root in a container is root on the host\'s kernel, held back only by capabilities, seccomp and namespaces: every kernel bug or misconfiguration (a mounted host path, a writable device) is worth more to a root process. Set `user:` to an unprivileged UID and GID (`user: "10001:10001"`) and give that user the files it needs, or use an image that defines a non-root USER and set it explicitly here.',
    securitySeverity: 4
  },
  check({ project, report }) {
    for (const service of project.services) {
      const user = service.user;
      const name = service.name.value;
      if (!user) {
        report({
          at: service.name,
          service: name,
          message: (who) => `${who} sets no \`user\`, so it runs as the image's default user, root unless the image says otherwise. Set \`user:\` to an unprivileged UID:GID.`
        });
        continue;
      }
      if (user.raw !== void 0 && user.value.split(":")[0].trim() === "") continue;
      if (!isRoot(user.value)) continue;
      const evaluated = user.raw !== void 0 ? `, from \`${user.raw}\`` : "";
      report({
        at: user,
        service: name,
        message: (who) => `${who} runs as root (user "${user.value}"${evaluated}), so any escape or writable host path gives an attacker root. Set \`user:\` to an unprivileged UID:GID.`
      });
    }
  }
});

// rules/require-pinned-image.ts
var require_pinned_image_default = defineRule({
  meta: {
    id: "require-pinned-image",
    description: "A service's image has no tag or the `latest` tag (or, with `requireDigest`, no digest), so what runs changes without the file changing.",
    level: "warning",
    preset: "strict",
    tags: ["security", "supply-chain", "reproducibility"],
    help: "An image without a tag means `latest`, and `latest` moves with every push: a new host, a `docker compose pull` or an evicted cache silently runs different code, which may be broken or, if the publisher's account is compromised, malicious. Pin a version tag (`postgres:16.4`); with the option `requireDigest: true`, pin the digest as well (`postgres:16.4@sha256:...`), since a tag can be pushed again. Services that build their image (`build:`) are not checked.",
    securitySeverity: 4
  },
  check({ project, report, options }) {
    const requireDigest = options.requireDigest === true;
    for (const service of project.services) {
      const image = service.image;
      if (!image || service.build) continue;
      const ref = image.value;
      if (ref.text === "" || ref.digest) continue;
      const chosenAtDeploy = image.raw !== void 0 && image.raw.slice(image.raw.lastIndexOf("/") + 1).includes("$");
      const name = service.name.value;
      const from = image.raw !== void 0 ? ` (from \`${image.raw}\`)` : "";
      if (!ref.tag) {
        if (chosenAtDeploy) continue;
        report({
          at: image,
          service: name,
          message: (who) => `${who} uses image "${ref.text}" without a tag, so Docker pulls whatever \`latest\` points to that day and a new host can run different code. Pin a version tag or a digest.`
        });
      } else if (ref.tag === "latest") {
        report({
          at: image,
          service: name,
          message: (who) => `${who} uses "${ref.text}"${from}; \`latest\` moves with every release, so a new host or a pull can run different code. Pin a version tag or a digest.`
        });
      } else if (requireDigest && !chosenAtDeploy) {
        report({
          at: image,
          service: name,
          message: (who) => `${who} uses "${ref.text}" without a digest; the tag can be pushed again to point at other content. Pin it as "${ref.text}@sha256:<digest>".`
        });
      }
    }
  }
});

// rules/require-read-only.ts
var require_read_only_default = defineRule({
  meta: {
    id: "require-read-only",
    description: "A service's root file system is writable (`read_only: true` is not set).",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening"],
    help: "With a writable root file system, an attacker who gets code execution in the container can replace its binaries and configuration, drop tools and persist until the container is recreated. Set `read_only: true` and give the service writable space only where it needs it: `tmpfs:` for scratch paths such as /tmp and /run, volumes for data.",
    securitySeverity: 3
  },
  check({ project, report }) {
    for (const service of project.services) {
      const readOnly = service.readOnly;
      if (readOnly?.value) continue;
      const name = service.name.value;
      report(
        readOnly ? { at: readOnly, service: name, message: (who) => `${who} sets read_only to false, so a compromised process can modify its binaries and configuration. Set \`read_only: true\` and use \`tmpfs:\` or volumes for the paths it writes.` } : { at: service.name, service: name, message: (who) => `${who} has a writable root file system, so a compromised process can modify its binaries and configuration. Set \`read_only: true\` and use \`tmpfs:\` or volumes for the paths it writes.` }
      );
    }
  }
});

// rules/require-resource-limits.ts
function limits(value) {
  if (!value) return false;
  if (typeof value.value === "number") return value.value > 0;
  const text = value.value.trim();
  if (text === "") return false;
  const number = Number.parseFloat(text);
  return !(Number.isFinite(number) && number <= 0);
}
var require_resource_limits_default = defineRule({
  meta: {
    id: "require-resource-limits",
    description: "A service has no memory limit or no process (PIDs) limit.",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening", "availability"],
    help: "Without a memory limit one container can use all of the host's memory until the kernel's OOM killer starts on other services; without a PIDs limit a fork bomb or a thread leak exhausts the host's process table. Set `mem_limit` (or `deploy.resources.limits.memory`) and `pids_limit` (or `deploy.resources.limits.pids`) to a little above what the service uses.",
    securitySeverity: 3
  },
  check({ project, report }) {
    for (const service of project.services) {
      const missing = [];
      if (!limits(service.memLimit) && !limits(service.deployLimits.memory)) missing.push("memory limit (`mem_limit`)");
      if (!limits(service.pidsLimit) && !limits(service.deployLimits.pids)) missing.push("PIDs limit (`pids_limit`)");
      if (missing.length === 0) continue;
      const what = missing.join(" and no ");
      report({
        at: service.name,
        service: service.name.value,
        message: (who) => `${who} has no ${what}, so a leak or a fork bomb in it can starve the whole host. Set ${missing.length === 2 ? "both" : "it"}, a little above what the service needs.`
      });
    }
  }
});

// rules/index.ts
var rules = [
  compose_schema_default,
  no_unbound_port_default,
  no_published_database_port_default,
  no_docker_socket_mount_default,
  no_sensitive_host_mount_default,
  no_hardcoded_secret_default,
  no_secret_in_command_default,
  no_disabled_auth_default,
  no_exposed_docker_api_default,
  no_unencrypted_overlay_default,
  no_host_ip_in_swarm_default,
  no_privileged_default,
  no_host_network_default,
  no_host_namespace_default,
  no_dangerous_capability_default,
  no_unconfined_security_opt_default,
  no_host_device_default,
  require_no_new_privileges_default,
  require_read_only_default,
  require_cap_drop_all_default,
  require_non_root_user_default,
  require_resource_limits_default,
  require_pinned_image_default
];

// src/engine/suppressions.ts
var DIRECTIVE = /(?:^|\s)#\s*compose-lint\s+(ignore|ignore-file)\s*=\s*([A-Za-z0-9_,\s-]+?)\s*(?:#.*)?$/;
function parseSuppressions(text) {
  const directives = [];
  let pending = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNumber = index + 1;
    const match = line.includes("compose-lint") ? DIRECTIVE.exec(line) : null;
    const found = [];
    if (match) {
      let from = match.index + match[0].indexOf("=");
      for (const ruleId of match[2].split(/[\s,]+/).filter(Boolean)) {
        const at = line.indexOf(ruleId, from);
        from = at + ruleId.length;
        found.push({ ruleId, scope: match[1] === "ignore-file" ? "file" : "line", line: lineNumber, column: at + 1, used: false });
      }
      directives.push(...found);
      if (match[1] === "ignore-file") return;
    }
    if (/^\s*#/.test(line)) {
      pending.push(...found);
      return;
    }
    if (/^\s*$/.test(line)) return;
    for (const directive of [...pending, ...found]) directive.target = lineNumber;
    pending = [];
  });
  return {
    directives,
    isSuppressed(ruleId, line) {
      let hit = false;
      for (const d of directives) {
        if (d.ruleId === ruleId && (d.scope === "file" || d.target === line)) {
          d.used = true;
          hit = true;
        }
      }
      return hit;
    }
  };
}

// src/engine/engine.ts
var BUILTIN_META = [
  {
    id: "yaml-syntax",
    description: "The file is not valid YAML, or its top level is not a mapping.",
    level: "error",
    preset: "recommended",
    tags: ["correctness"],
    help: "Docker Compose refuses a file that does not parse as one YAML mapping. Fix the syntax at the reported position; nothing else in the file can be checked until it parses.",
    securitySeverity: 0
  },
  {
    id: "unused-ignore",
    description: "An ignore comment names an unknown rule, or a rule that reports nothing where it points.",
    level: "warning",
    preset: "recommended",
    tags: ["maintainability"],
    help: "A `# compose-lint ignore=RULE` comment that silences nothing hides future findings of that rule on that line, and a misspelt rule id silences nothing at all. Remove the comment, or correct the rule id (see `compose-lint --list-rules`).",
    securitySeverity: 0
  },
  {
    id: "duplicate-key",
    description: "A mapping repeats a key; Docker Compose refuses the file.",
    level: "error",
    preset: "recommended",
    tags: ["correctness", "security"],
    help: "YAML parsers disagree on which of two equal keys wins, and Docker Compose (go-yaml v3) rejects a mapping that repeats one. A reviewer reading the first key may never see the second. Keep one of them. The rest of the file is still checked, with the later key's value.",
    securitySeverity: 0
  },
  {
    id: "hidden-line-break",
    description: "A carriage return, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR that Docker reads as a line break.",
    level: "error",
    preset: "recommended",
    tags: ["security"],
    help: "Docker Compose's YAML parser treats a lone CR, U+0085, U+2028 and U+2029 as line breaks; editors, diff views and many YAML libraries do not. Such a character can hide a setting (`privileged: true`) inside what looks like a comment. compose-lint lints the file as Docker reads it and reports the character: replace it with a plain line break.",
    securitySeverity: 7.5
  },
  {
    id: "unreadable-value",
    description: "A value compose-lint cannot read the way Docker does, so it was not judged.",
    level: "error",
    preset: "recommended",
    tags: ["correctness", "security"],
    help: "compose-lint never calls a file clean because it could not read part of it. The value at this position is in a form compose-lint does not understand; Docker may still apply it. Write it in the documented short or long syntax.",
    securitySeverity: 0
  },
  {
    id: "not-linted",
    description: "A file, or a part of a project, was not linted (too large, outside the project, remote, too deep).",
    level: "error",
    preset: "recommended",
    tags: ["correctness", "security"],
    help: "compose-lint could not see this part of what Docker Compose would run, so it cannot call the run clean. The message says why and what to do (raise a limit, name the file, allow it explicitly).",
    securitySeverity: 0
  },
  {
    id: "project-error",
    description: "The project cannot be assembled as Docker Compose would (extends cycle, missing file or service, conflicting definitions).",
    level: "error",
    preset: "recommended",
    tags: ["correctness"],
    help: "Docker Compose refuses a project whose `extends`, `include`, `env_file` or override files cannot be resolved. Fix the reference at the reported position.",
    securitySeverity: 0
  },
  {
    id: "internal-error",
    description: "A rule failed on this file; the other rules still ran.",
    level: "error",
    preset: "recommended",
    tags: ["internal"],
    help: "A rule threw an exception on this file. This is a bug in compose-lint: please report it with the file that triggers it.",
    securitySeverity: 0
  }
];
var UNSUPPRESSIBLE = /* @__PURE__ */ new Set(["yaml-syntax", "hidden-line-break", "not-linted", "internal-error"]);
var FAIL_LEVELS = {
  error: ["error"],
  warning: ["error", "warning"],
  note: ["error", "warning", "note"],
  none: []
};
function resolveRules(rules2, settings = {}) {
  const enabled = [];
  for (const rule of rules2) {
    const explicit = settings.rules?.[rule.meta.id];
    const on = explicit !== void 0 ? explicit !== "off" : rule.meta.preset === "recommended" || settings.strict === true;
    if (!on) continue;
    const level = explicit !== void 0 && explicit !== "off" ? explicit : rule.meta.level;
    enabled.push({ rule, level, options: settings.options?.[rule.meta.id] ?? {} });
  }
  return enabled;
}
var LEVEL_ORDER = { error: 0, warning: 1, note: 2 };
function compareFindings(a, b) {
  return (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) || a.span.line - b.span.line || a.span.column - b.span.column || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function spanOf2(at) {
  return "span" in at ? at.span : at;
}
function spanKey(span) {
  return `${span.file}:${span.line}:${span.column}-${span.endLine}:${span.endColumn}`;
}
function serviceLabel(services) {
  const [first, ...others] = services.map((name) => `"${name}"`);
  if (others.length === 0) return `service ${first}`;
  const shown = others.length <= 3 ? others.join(", ") : `${others.slice(0, 2).join(", ")} and ${others.length - 2} more`;
  return `service ${first} (and ${shown}, through the same anchor)`;
}
function unusedIgnores(directives, rules2, known, file) {
  const ran = new Set(rules2.map((r) => r.rule.meta.id));
  return directives.flatMap((d) => {
    const span = { file, line: d.line, column: d.column, endLine: d.line, endColumn: d.column + d.ruleId.length };
    const where = d.scope === "file" ? "in this file" : "on the line it points at";
    let message;
    if (!known.has(d.ruleId) && !BUILTIN_META.some((meta) => meta.id === d.ruleId)) message = `"${d.ruleId}" is not a compose-lint rule, so this ignore comment silences nothing (see --list-rules).`;
    else if (ran.has(d.ruleId) && !d.used) message = `${d.ruleId} reports nothing ${where}; remove the ignore comment so it cannot hide a future finding.`;
    return message ? [{ ruleId: "unused-ignore", level: "warning", message, span, related: [] }] : [];
  });
}
function lintLoaded(loaded, rules2, known = new Set(rules2.map((r) => r.rule.meta.id))) {
  const findings = loaded.problems.map((p) => ({ ruleId: p.ruleId, level: "error", message: p.message, span: p.span, related: [] }));
  const shared = /* @__PURE__ */ new Map();
  const project = loaded.project;
  if (project) {
    for (const { rule, level, options } of rules2) {
      try {
        rule.check({
          project,
          options,
          report: (descriptor) => {
            const related = descriptor.related ?? [];
            const findingLevel = descriptor.level && level === rule.meta.level ? descriptor.level : level;
            const span = spanOf2(descriptor.at);
            const { message: render, service } = descriptor;
            const finding = { ruleId: rule.meta.id, level: findingLevel, message: "", span, related };
            if (descriptor.redact) finding.redact = true;
            if (typeof render === "string" || service === void 0) {
              findings.push({ ...finding, message: typeof render === "string" ? render : render("") });
              return;
            }
            const key = `${rule.meta.id}\0${findingLevel}\0${spanKey(span)}\0${render("")}`;
            const group = shared.get(key);
            if (!group) {
              shared.set(key, { finding: { ...finding, related: [...related] }, services: [service], render });
              return;
            }
            if (!group.services.includes(service)) group.services.push(service);
            for (const r of related) {
              if (!group.finding.related.some((k) => k.message === r.message && spanKey(k.span) === spanKey(r.span))) group.finding.related.push(r);
            }
          }
        });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        findings.push({
          ruleId: "internal-error",
          level: "error",
          message: `rule ${rule.meta.id} failed on this file: ${detail}`,
          span: { file: loaded.file.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
          related: []
        });
      }
    }
  }
  for (const { finding, services, render } of shared.values()) findings.push({ ...finding, message: render(serviceLabel(services)) });
  const suppressions = parseSuppressions(loaded.file.text);
  const seen = /* @__PURE__ */ new Set();
  const kept = findings.filter((f) => {
    if (!UNSUPPRESSIBLE.has(f.ruleId) && suppressions.isSuppressed(f.ruleId, f.span.line)) return false;
    const key = `${f.ruleId}\0${f.span.line}:${f.span.column}-${f.span.endLine}:${f.span.endColumn}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (project) kept.push(...unusedIgnores(suppressions.directives, rules2, known, loaded.file.path));
  return kept.sort(compareFindings);
}

// src/format/index.ts
var FORMATTERS = {
  text: async () => (await import("./text-XE2FSIJR.mjs")).formatText,
  json: async () => (await import("./json-DSK2QIRV.mjs")).formatJson,
  sarif: async () => (await import("./sarif-WDLZ3T5P.mjs")).formatSarif,
  github: async () => (await import("./github-ADP4F3K3.mjs")).formatGithub,
  junit: async () => (await import("./junit-SHQWVD25.mjs")).formatJunit,
  gitlab: async () => (await import("./gitlab-6IIW4YFW.mjs")).formatGitlab,
  checkstyle: async () => (await import("./checkstyle-FWVLV2T6.mjs")).formatCheckstyle,
  markdown: async () => (await import("./markdown-KRFJPLRO.mjs")).formatMarkdown,
  compact: async () => (await import("./compact-YY463AKN.mjs")).formatCompact,
  rdjson: async () => (await import("./rdjson-ZLKCFTE6.mjs")).formatRdjson,
  codeclimate: async () => (await import("./codeclimate-2AV5YJXA.mjs")).formatCodeclimate
};
var FORMAT_NAMES = Object.keys(FORMATTERS);
async function loadFormatter(name) {
  return FORMATTERS[name]?.();
}

// src/load/index.ts
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseEnv } from "node:util";

// src/load/tree.ts
var import_yaml = __toESM(require_dist(), 1);

// src/load/interpolate.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function hasInterpolation(text) {
  return text.includes("$");
}
function interpolate(text, env2) {
  const variables = [];
  const value = expand(text, env2, variables);
  return { value, variables };
}
function expand(text, env2, variables) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== "$") {
      out += ch;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (next === "{") {
      const close = findClose(text, i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      out += expandBraced(text.slice(i + 2, close), env2, variables);
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1));
    if (name) {
      variables.push(name[0]);
      out += env2[name[0]] ?? "";
      i += 1 + name[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
function findClose(text, from) {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "$") {
      i++;
    } else if (text[i] === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (text[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
function expandBraced(body, env2, variables) {
  const name = NAME.exec(body);
  if (!name) return "";
  variables.push(name[0]);
  const current = env2[name[0]];
  const rest = body.slice(name[0].length);
  const operator = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (!operator) return current ?? "";
  const argument = () => expand(rest.slice(operator.length), env2, variables);
  const setNonEmpty = current !== void 0 && current !== "";
  const set = current !== void 0;
  switch (operator) {
    case ":-":
      return setNonEmpty ? current : argument();
    case "-":
      return set ? current : argument();
    case ":+":
      return setNonEmpty ? argument() : "";
    case "+":
      return set ? argument() : "";
    default:
      return current ?? "";
  }
}

// src/load/tree.ts
var MERGE_TAG = "tag:yaml.org,2002:merge";
function parseTree(text, file, env2) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true, strict: false });
  const spanOf3 = (start, end) => {
    while (end > start + 1 && /\s/.test(text[end - 1] ?? "")) end--;
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        span: spanOf3(error.pos[0], error.pos[1]),
        message: firstLine(error.message)
      }))
    };
  }
  const converter = new Converter(doc, env2, spanOf3);
  const root = doc.contents ? converter.convert(doc.contents) : void 0;
  return { root, problems: converter.problems };
}
function firstLine(message) {
  return message.split("\n")[0].trim();
}
var Converter = class {
  constructor(doc, env2, spanOf3) {
    this.doc = doc;
    this.env = env2;
    this.spanOf = spanOf3;
  }
  doc;
  env;
  spanOf;
  problems = [];
  done = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  nodeSpan(node) {
    const range = node.range ?? [0, 0, 0];
    return this.spanOf(range[0], range[1]);
  }
  resolve(node) {
    if (!(0, import_yaml.isAlias)(node)) return node;
    const target = node.resolve(this.doc);
    if (!target) this.problems.push({ span: this.nodeSpan(node), message: `unknown alias *${node.source}` });
    return target;
  }
  convert(input) {
    const node = this.resolve(input);
    if (!node) return this.nullAt(input);
    const cached = this.done.get(node);
    if (cached) return cached;
    if (this.inProgress.has(node)) {
      this.problems.push({ span: this.nodeSpan(input), message: "an alias refers to a node that contains it" });
      return this.nullAt(input);
    }
    this.inProgress.add(node);
    let out;
    if ((0, import_yaml.isMap)(node)) out = this.convertMap(node.items, this.nodeSpan(node));
    else if ((0, import_yaml.isSeq)(node)) {
      const items = node.items.map((item) => item ? this.convert(item) : this.nullAt(node));
      out = { kind: "seq", span: this.nodeSpan(node), items, data: items.map((item) => item.data) };
    } else if ((0, import_yaml.isScalar)(node)) out = this.convertScalar(node.value, node.source, this.nodeSpan(node));
    else out = this.nullAt(node);
    this.inProgress.delete(node);
    this.done.set(node, out);
    return out;
  }
  nullAt(node) {
    return { kind: "scalar", span: this.nodeSpan(node), value: null, data: null };
  }
  convertScalar(value, source, span) {
    let data;
    if (value === null || value === void 0) data = null;
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") data = value;
    else if (typeof value === "bigint") data = Number(value);
    else if (value instanceof Date) data = source ?? value.toISOString();
    else data = String(value);
    if (typeof data === "string" && hasInterpolation(data)) {
      const result = interpolate(data, this.env);
      if (result.value !== data) return { kind: "scalar", span, value: result.value, raw: data, data };
    }
    return { kind: "scalar", span, value: data, data };
  }
  isMergeKey(key) {
    if (!(0, import_yaml.isScalar)(key)) return false;
    if (typeof key.value === "symbol") return key.value.description === "<<";
    return key.tag === MERGE_TAG || key.value === "<<" && key.type === "PLAIN";
  }
  convertMap(pairs, span) {
    const entries2 = /* @__PURE__ */ new Map();
    const merged = [];
    for (const pair of pairs) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      if (this.isMergeKey(pair.key)) {
        merged.push(...this.mergeSources(pair));
        continue;
      }
      const keyNode = pair.key;
      const keySpan = keyNode ? this.nodeSpan(keyNode) : span;
      const resolvedKey = keyNode ? this.resolve(keyNode) : void 0;
      const key = resolvedKey && (0, import_yaml.isScalar)(resolvedKey) ? String(resolvedKey.value) : "";
      const valueNode = pair.value;
      if (valueNode && "tag" in valueNode && valueNode.tag === "!reset") continue;
      const value = valueNode ? this.convert(valueNode) : { kind: "scalar", span: { ...keySpan, line: keySpan.endLine, column: keySpan.endColumn }, value: null, data: null };
      entries2.set(key, {
        key,
        keySpan,
        span: { ...keySpan, endLine: value.span.endLine, endColumn: value.span.endColumn },
        value
      });
    }
    for (const source of merged) for (const entry2 of source) if (!entries2.has(entry2.key)) entries2.set(entry2.key, entry2);
    const list = [...entries2.values()];
    const data = {};
    for (const entry2 of list) data[entry2.key] = entry2.value.data;
    return { kind: "map", span, entries: list, data };
  }
  mergeSources(pair) {
    const value = pair.value;
    if (!value) return [];
    const resolved = this.resolve(value);
    const sources = resolved && (0, import_yaml.isSeq)(resolved) ? resolved.items : [value];
    const out = [];
    for (const source of sources) {
      if ((0, import_yaml.isAlias)(source) && !source.resolve(this.doc)) {
        this.convert(source);
        continue;
      }
      const converted = this.convert(source);
      if (converted.kind === "map") out.push(converted.entries);
      else this.problems.push({ span: converted.span, message: "a merge key (<<) must refer to a mapping" });
    }
    return out;
  }
};
function entry(map, key) {
  if (!map || map.kind !== "map") return void 0;
  return map.entries.find((e) => e.key === key);
}
function child(map, key) {
  return entry(map, key)?.value;
}
function locateIn(root, path, part = "value") {
  let node = root;
  let keySpan;
  for (const step of path) {
    if (!node) return void 0;
    if (node.kind === "map") {
      const found = entry(node, String(step));
      if (!found) return void 0;
      keySpan = found.keySpan;
      node = found.value;
    } else if (node.kind === "seq") {
      const index = typeof step === "number" ? step : Number(step);
      node = node.items[index];
      keySpan = node?.span;
    } else return void 0;
  }
  if (!node) return void 0;
  return part === "key" && keySpan ? keySpan : node.span;
}

// src/load/image.ts
function parseImageRef(text) {
  const trimmed = text.trim();
  let rest = trimmed;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const components = rest.split("/");
  let registry = "docker.io";
  const first = components[0] ?? "";
  if (components.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase())) {
    registry = first === "index.docker.io" ? "docker.io" : first;
    components.shift();
  }
  if (registry === "docker.io" && components.length === 1) components.unshift("library");
  const repository = components.join("/").toLowerCase();
  const name = components[components.length - 1]?.toLowerCase() ?? "";
  const ref = { text: trimmed, registry, repository, name };
  if (tag !== void 0) ref.tag = tag;
  if (digest !== void 0) ref.digest = digest;
  return ref;
}

// src/load/ports.ts
import { isIP } from "node:net";
var PROTOCOLS = ["tcp", "udp", "sctp"];
function parsePortNumber(text) {
  if (text === void 0 || !/^[0-9]+$/.test(text)) return void 0;
  const value = Number(text);
  return value <= 65535 ? value : void 0;
}
function parsePortRange(text) {
  if (text === "") return void 0;
  const parts = text.split("-");
  const start = parsePortNumber(parts[0]);
  if (start === void 0) return void 0;
  if (parts.length === 1) return { start, end: start };
  const end = parsePortNumber(parts[1]);
  if (end === void 0 || end < start) return void 0;
  return { start, end };
}
function isGoIpAddress(text) {
  return isIP(text) !== 0 && !text.includes("%");
}
function hostAddress(part) {
  let address = part;
  if (part.startsWith("[")) {
    if (!part.endsWith("]") || part.indexOf("]") !== part.length - 1 || part.indexOf("[", 1) >= 0) return void 0;
    address = part.slice(1, -1);
  } else if (/[[\]]/.test(part)) return void 0;
  if (address === "") return "";
  return isGoIpAddress(address) ? address : void 0;
}
function splitProtocol(text) {
  const parts = text.split("/");
  if (parts[0] === "") return { port: "", protocol: "" };
  return { port: parts[0], protocol: parts[1] ? parts[1] : "tcp" };
}
function splitParts(text) {
  const parts = text.split(":");
  const n = parts.length;
  if (n === 1) return { container: parts[0] };
  if (n === 2) return { host: parts[0], container: parts[1] };
  return { ip: parts.slice(0, n - 2).join(":"), host: parts[n - 2], container: parts[n - 1] };
}
function located(value, span, raw) {
  return raw === void 0 ? { value, span } : { value, span, raw };
}
function writtenText2(node) {
  return node.data === null ? "null" : String(node.data);
}
function quoted(node) {
  return `("${writtenText2(node)}"${node.raw !== void 0 ? ", as interpolated here" : ""})`;
}
function rejected(node, why) {
  return { span: node.span, message: `Docker Compose rejects this port ${quoted(node)}: ${why}.` };
}
function readShortSyntax(text) {
  const parts = splitParts(text);
  const { port: containerText, protocol: protocolText } = splitProtocol(parts.container);
  let ip;
  if (parts.ip !== void 0) {
    ip = hostAddress(parts.ip);
    if (ip === void 0) return { why: "the host address is not an IP address" };
  }
  if (containerText === "") return { why: "no container port is given" };
  const container = parsePortRange(containerText);
  if (!container) return { why: "the container port is not a port number (0-65535) or a range of them" };
  let host;
  if (parts.host !== void 0 && parts.host !== "") {
    host = parsePortRange(parts.host);
    if (!host) return { why: "the host port is not a port number (0-65535) or a range of them" };
    if (host.end - host.start !== container.end - container.start && container.end !== container.start) {
      return { why: "the host and container port ranges differ in length" };
    }
  }
  const protocol = protocolText.toLowerCase();
  if (!PROTOCOLS.includes(protocol)) return { why: "the protocol is not tcp, udp or sctp" };
  return { ip, hostText: parts.host, host, container, protocol };
}
function parsePort(node) {
  if (node.kind === "map") return parseLongPort(node);
  if (node.kind !== "scalar" || typeof node.value === "boolean" || node.value === null) {
    return { span: node.span, message: "Docker Compose rejects this port: a port entry is a string, a number or a mapping." };
  }
  const span = node.span;
  if (typeof node.value === "number") {
    const port = node.value;
    if (!Number.isInteger(port) || port < 0 || port > 65535) return rejected(node, "a port number is a whole number from 0 to 65535");
    return { span, syntax: "short", containerPorts: located({ start: port, end: port }, span), protocol: "tcp", text: String(port) };
  }
  const text = node.value;
  const read = readShortSyntax(text);
  if ("why" in read) return rejected(node, read.why);
  const binding = { span, syntax: "short", containerPorts: located(read.container, span), protocol: read.protocol, text };
  if (node.raw !== void 0) {
    binding.raw = node.raw;
    const emptied = emptiedSlot(node.raw, read.ip, read.hostText);
    if (emptied) binding.emptiedByInterpolation = emptied;
  }
  if (read.ip !== void 0) binding.hostIp = located(read.ip, span, node.raw);
  if (read.host) binding.hostPorts = located(read.host, span);
  return binding;
}
function scalarText(node) {
  if (!node || node.kind !== "scalar" || node.value === null) return void 0;
  return String(node.value);
}
function nonScalarField(node, keys) {
  for (const key of keys) {
    const value = child(node, key);
    if (value && value.kind !== "scalar") return { key, node: value };
  }
  return void 0;
}
function parseLongPort(node) {
  const wrong = nonScalarField(node, ["target", "published", "host_ip", "protocol", "mode"]);
  if (wrong) return { span: wrong.node.span, message: `Docker Compose rejects this port: \`${wrong.key}\` is a single value, not ${wrong.node.kind === "seq" ? "a list" : "a mapping"}.` };
  const targetNode = child(node, "target");
  const targetText = scalarText(targetNode);
  const target = targetText === void 0 ? void 0 : parsePortNumber(targetText.replace(/^\+/, ""));
  if (!targetNode || target === void 0) {
    return { span: targetNode?.span ?? node.span, message: "Docker Compose rejects this port: a long-syntax port needs a `target` port number (0-65535)." };
  }
  const protocolNode = child(node, "protocol");
  const protocolText = (scalarText(protocolNode) ?? "tcp").toLowerCase();
  if (!PROTOCOLS.includes(protocolText)) {
    return { span: protocolNode.span, message: "Docker Compose rejects this port: the protocol is not tcp, udp or sctp." };
  }
  const binding = {
    span: node.span,
    syntax: "long",
    containerPorts: located({ start: target, end: target }, targetNode.span),
    protocol: protocolText,
    text: ""
  };
  const publishedNode = child(node, "published");
  const publishedText = scalarText(publishedNode);
  if (publishedNode?.kind === "scalar" && publishedText !== void 0 && publishedText !== "") {
    const hostPorts = parsePortRange(publishedText);
    if (!hostPorts) {
      return { span: publishedNode.span, message: `Docker Compose rejects this port: published ${quoted(publishedNode)} is not a port number (0-65535) or a range of them.` };
    }
    binding.hostPorts = located(hostPorts, publishedNode.span, publishedNode.raw);
  }
  const hostIpNode = child(node, "host_ip");
  if (hostIpNode?.kind === "scalar") {
    const address = scalarText(hostIpNode) ?? "";
    if (address !== "" && !isGoIpAddress(address)) {
      return { span: hostIpNode.span, message: `Docker Compose rejects this port: host_ip ${quoted(hostIpNode)} is not an IP address.` };
    }
    binding.hostIp = located(address, hostIpNode.span, hostIpNode.raw);
  }
  const mode = scalarText(child(node, "mode"));
  if (mode === "host" || mode === "ingress") binding.mode = mode;
  const raws = [hostIpNode, publishedNode].flatMap((n) => n?.kind === "scalar" && n.raw !== void 0 ? [n.raw] : []);
  if (raws.length > 0) binding.raw = raws.join(" ");
  const publishing = node.entries.filter((e) => e.key === "published" || e.key === "host_ip");
  if (publishing.length > 0) binding.publishSpan = spanOfEntries(publishing);
  binding.text = renderPort(binding);
  return binding;
}
function renderPort(binding) {
  const range = formatPortRange;
  const ip = binding.hostIp?.value;
  const host = binding.hostPorts ? range(binding.hostPorts.value) : "";
  const container = range(binding.containerPorts.value);
  const protocol = binding.protocol === "tcp" ? "" : `/${binding.protocol}`;
  if (ip) return `${ip.includes(":") ? `[${ip}]` : ip}:${host}:${container}${protocol}`;
  return `${host ? `${host}:` : ""}${container}${protocol}`;
}
function spanOfEntries(list) {
  const first = list[0].span;
  const last = list.at(-1).span;
  return { ...first, endLine: last.endLine, endColumn: last.endColumn };
}
function emptiedSlot(raw, hostIp, hostPortText) {
  const rawSlots = raw.trim().split("/")[0].replace(/\$\{[^}]*\}/g, "${}").split(":");
  const hasVariable = (slot) => slot !== void 0 && slot.includes("$");
  if (rawSlots.length >= 3 && hostIp === "" && hasVariable(rawSlots[0])) return "host address";
  const hostPortSlot = rawSlots.at(-2);
  if (rawSlots.length >= 2 && hostPortText === "" && hasVariable(hostPortSlot)) return "host port";
  return void 0;
}

// src/load/mounts.ts
var MOUNT_KINDS = ["bind", "volume", "tmpfs", "npipe", "image", "cluster"];
var PROPAGATIONS = ["rprivate", "private", "rshared", "shared", "rslave", "slave"];
function isHostPath(source) {
  if (source === "") return false;
  if (source[0] === "." || source[0] === "/" || source[0] === "~" || source.startsWith("\\\\")) return true;
  const [first = "", second] = [...source];
  return second === ":" && isLetter(first);
}
function isLetter(ch) {
  return new RegExp("^\\p{L}$", "u").test(ch);
}
function cleanPath(path) {
  if (path === "") return ".";
  const rooted = path.startsWith("/");
  const out = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
    } else out.push(segment);
  }
  const joined = (rooted ? "/" : "") + out.join("/");
  return joined === "" ? "." : joined;
}
function parseVolumeSpec(spec) {
  const bytes = Buffer.byteLength(spec);
  if (bytes === 0) return { why: "the entry is empty" };
  if (bytes <= 2) return { source: "", target: spec, readOnly: false };
  const volume = { source: "", target: "", readOnly: false };
  const chars = [...spec];
  let buffer = "";
  let bufferLength = 0;
  let depth = 0;
  for (let i = 0; i <= chars.length; i++) {
    const ch = i < chars.length ? chars[i] : null;
    if (ch === "$" && chars[i + 1] === "{") depth++;
    else if (ch === "}" && depth > 0) depth--;
    else if (ch === ":" && bufferLength === 1 && isLetter(buffer)) {
    } else if ((ch === ":" || ch === null) && depth === 0) {
      const why = populate(volume, buffer, ch === null);
      if (why) return { why };
      buffer = "";
      bufferLength = 0;
      continue;
    }
    if (ch === null) break;
    buffer += ch;
    bufferLength++;
  }
  return volume;
}
function populate(volume, part, atEnd) {
  if (part === "") return "a part between colons is empty";
  if (volume.source === "" && atEnd) volume.target = part;
  else if (volume.source === "") volume.source = part;
  else if (volume.target === "") volume.target = part;
  else if (!atEnd) return "it has too many colons";
  else {
    for (const option of part.split(",")) {
      if (option === "ro") volume.readOnly = true;
      else if (option === "rw") volume.readOnly = false;
      else if (PROPAGATIONS.includes(option)) volume.propagation = option;
    }
  }
  return void 0;
}
function located2(value, span, raw) {
  return raw === void 0 ? { value, span } : { value, span, raw };
}
function rejected2(span, why, node) {
  const what = node === void 0 ? "this volume" : `this volume ${quoted(node)}`;
  return { span, message: `Docker Compose rejects ${what}: ${why}.` };
}
function parseMount(node, volumes) {
  if (node.kind === "map") return parseLongMount(node, volumes);
  if (node.kind !== "scalar" || typeof node.value !== "string") {
    return rejected2(node.span, "a volume entry is a string or a mapping");
  }
  return parseShortMount(node, volumes);
}
function parseShortMount(node, volumes) {
  const span = node.span;
  const spec = parseVolumeSpec(node.value);
  if ("why" in spec) {
    const asWritten = node.raw === void 0 ? spec : parseVolumeSpec(node.raw);
    if ("why" in asWritten || asWritten.source === "") return rejected2(span, spec.why, node);
    return mountOf(node, asWritten, volumes, asWritten.source.startsWith("$") || isHostPath(asWritten.source) ? "bind" : "volume", true);
  }
  return mountOf(node, spec, volumes, spec.source !== "" && isHostPath(spec.source) ? "bind" : "volume", false);
}
function mountOf(node, spec, volumes, kind, asWritten) {
  const span = node.span;
  const target = cleanPath(spec.target);
  if (asWritten) {
    const mount2 = { span, syntax: "short", kind, source: located2(spec.source, span, spec.source), target: located2(target, span), readOnly: spec.readOnly };
    if (spec.propagation !== void 0) mount2.propagation = located2(spec.propagation, span);
    return mount2;
  }
  if (spec.source === "") {
    const mount2 = { span, syntax: "short", kind: "volume", target: located2(target, span, node.raw), readOnly: spec.readOnly };
    return mount2;
  }
  const rawSpec = node.raw === void 0 ? void 0 : parseVolumeSpec(node.raw);
  const rawOf = (part, value) => {
    if (node.raw === void 0) return void 0;
    const raw = rawSpec && !("why" in rawSpec) && rawSpec.source !== "" ? rawSpec[part] : node.raw;
    return raw !== value ? raw : void 0;
  };
  const mount = {
    span,
    syntax: "short",
    kind,
    source: located2(spec.source, span, rawOf("source", spec.source)),
    target: located2(target, span, rawOf("target", target)),
    readOnly: spec.readOnly
  };
  if (spec.propagation !== void 0) mount.propagation = located2(spec.propagation, span);
  if (kind === "volume") {
    const volume = volumes.get(spec.source);
    if (volume) mount.volume = volume;
  }
  return mount;
}
function parseLongMount(node, volumes) {
  const wrong = nonScalarField(node, ["type", "source", "target", "read_only"]);
  if (wrong) return rejected2(wrong.node.span, `\`${wrong.key}\` is a single value, not ${wrong.node.kind === "seq" ? "a list" : "a mapping"}`);
  const bind = child(node, "bind");
  if (bind && bind.kind !== "map" && !(bind.kind === "scalar" && bind.value === null)) return rejected2(bind.span, "`bind` is a mapping of bind options");
  const sourceNode = child(node, "source");
  const source = sourceNode?.kind === "scalar" && sourceNode.value !== null && sourceNode.value !== "" ? String(sourceNode.value) : void 0;
  const typeNode = child(node, "type");
  let kind;
  if (typeNode?.kind === "scalar" && typeNode.value !== null) {
    const type = String(typeNode.value);
    if (!MOUNT_KINDS.includes(type)) {
      return rejected2(typeNode.span, `the volume type ${quoted(typeNode)} is not one of ${MOUNT_KINDS.join(", ")}`);
    }
    kind = type;
  } else {
    kind = source !== void 0 && isHostPath(source) ? "bind" : "volume";
  }
  const targetNode = child(node, "target");
  if (targetNode?.kind !== "scalar" || targetNode.value === null || targetNode.value === "") {
    return rejected2(targetNode?.span ?? node.span, "a long-syntax volume needs a `target` path");
  }
  const readOnlyNode = child(node, "read_only");
  const mount = {
    span: node.span,
    syntax: "long",
    kind,
    target: located2(String(targetNode.value), targetNode.span, targetNode.raw),
    readOnly: readOnlyNode?.kind === "scalar" && isTrue(readOnlyNode.value)
  };
  const propagationNode = child(child(node, "bind"), "propagation");
  if (propagationNode?.kind === "scalar" && propagationNode.value !== null) {
    mount.propagation = located2(String(propagationNode.value), propagationNode.span, propagationNode.raw);
  }
  if (source !== void 0 && sourceNode?.kind === "scalar") {
    mount.source = located2(source, sourceNode.span, sourceNode.raw);
    if (kind === "volume") {
      const volume = volumes.get(source);
      if (volume) mount.volume = volume;
    }
  }
  return mount;
}
function isTrue(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return ["true", "y", "yes", "on"].includes(value.toLowerCase());
  return value === 1;
}
function resolveVolumeBind(mount) {
  const volume = mount.volume;
  if (mount.kind !== "volume" || !volume || volume.external) return mount;
  if (volume.driver && volume.driver.value.trim() !== "local") return mount;
  const device = volume.driverOpts.get("device");
  const options = (volume.driverOpts.get("o")?.value ?? "").split(",").map((o) => o.trim());
  if (!device || device.value.trim() === "" || !options.some((o) => o === "bind" || o === "rbind")) return mount;
  return { ...mount, kind: "bind", source: device, readOnly: mount.readOnly || options.includes("ro") };
}

// src/load/normalize.ts
var reported = /* @__PURE__ */ new WeakMap();
function unreadable(problems, span, message) {
  let seen = reported.get(problems);
  if (!seen) reported.set(problems, seen = /* @__PURE__ */ new Set());
  const key = `${span.line}:${span.column}:${span.endLine}:${span.endColumn}:${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  problems.push({ ruleId: "unreadable-value", span, message });
}
var DESCRIBE = { map: "a mapping", seq: "a list", scalar: "a single value" };
function listItems(node, key, problems) {
  if (!node || node.kind === "scalar" && node.value === null) return [];
  if (node.kind === "seq") return node.items;
  unreadable(problems, node.span, `Docker Compose rejects \`${key}:\` written as ${DESCRIBE[node.kind]}: it takes a list.`);
  return node.kind === "scalar" ? [node] : [];
}
var NAMESPACE_KEYS = ["pid", "ipc", "uts", "userns_mode", "cgroup"];
function scalar(node) {
  return node?.kind === "scalar" && node.value !== null ? node : void 0;
}
function locatedString(node) {
  const s = scalar(node);
  if (!s) return void 0;
  return s.raw === void 0 ? { value: String(s.value), span: s.span } : { value: String(s.value), span: s.span, raw: s.raw };
}
function locatedBool(node) {
  const s = scalar(node);
  return s ? { value: isTrue(s.value), span: s.span } : void 0;
}
function locatedScalar(node) {
  const s = scalar(node);
  if (!s) return void 0;
  return { value: typeof s.value === "number" ? s.value : String(s.value), span: s.span };
}
function stringList(node) {
  if (!node) return [];
  if (node.kind === "seq") return node.items.flatMap((item) => locatedString(item) ?? []);
  const single = locatedString(node);
  return single ? [single] : [];
}
function checkedStringList(node, key, problems, numbers = false) {
  return listItems(node, key, problems).flatMap((item) => {
    const s = scalar(item);
    if (s && (typeof s.value === "string" || numbers && typeof s.value === "number")) return [locatedString(s)];
    const expected = numbers ? "a string or a number" : "a string";
    unreadable(problems, item.span, `Docker Compose rejects this \`${key}:\` entry: each entry is ${expected}.`);
    return [];
  });
}
function entries(node) {
  return node?.kind === "map" ? node.entries : [];
}
function stringMap(node) {
  const out = /* @__PURE__ */ new Map();
  for (const e of entries(node)) {
    const value = locatedString(e.value);
    if (value) out.set(e.key, value);
  }
  return out;
}
function subSpan(node, start, end) {
  const source = String(node.data);
  const { span } = node;
  if (span.line !== span.endLine) return span;
  const width = span.endColumn - span.column;
  const quote = width === source.length + 2 ? 1 : width === source.length ? 0 : -1;
  if (quote < 0) return span;
  return { ...span, column: span.column + quote + start, endColumn: span.column + quote + end };
}
function envVars(node, key, problems) {
  if (!node || node.kind === "scalar" && node.value === null) return [];
  if (node.kind === "map") {
    return node.entries.map((e) => {
      const name = { value: e.key, span: e.keySpan };
      if (e.value.kind !== "scalar") {
        unreadable(problems, e.value.span, `Docker Compose rejects the value of ${key} "${e.key}": it is ${DESCRIBE[e.value.kind]}, not a string, number, boolean or null.`);
      }
      const value = locatedString(e.value);
      return value ? { span: e.span, name, value } : { span: e.span, name };
    });
  }
  if (node.kind !== "seq") {
    unreadable(problems, node.span, `Docker Compose rejects \`${key}:\` written as a single value: it takes a list of KEY=value strings or a mapping.`);
  }
  const items = node.kind === "seq" ? node.items : typeof node.value === "string" ? [node] : [];
  return items.flatMap((item) => {
    const s = scalar(item);
    if (!s || typeof s.value !== "string") {
      unreadable(problems, item.span, `Docker Compose rejects this \`${key}:\` entry: a list entry is a KEY=value string.`);
      return [];
    }
    const source = String(s.data);
    const text = String(s.value);
    const rawEq = source.indexOf("=");
    const eq = text.indexOf("=");
    if (rawEq < 0 || eq < 0) return [{ span: s.span, name: { value: text, span: s.span } }];
    const name = { value: text.slice(0, eq), span: subSpan(s, 0, rawEq) };
    const valueText = text.slice(eq + 1);
    const rawValue = source.slice(rawEq + 1);
    const value = { value: valueText, span: subSpan(s, rawEq + 1, source.length) };
    if (s.raw !== void 0) value.raw = rawValue;
    return [{ span: s.span, name, value }];
  });
}
function commandLine(node) {
  if (!node) return void 0;
  if (node.kind === "seq") {
    const args2 = stringList(node);
    return { span: node.span, form: "list", args: args2, text: args2.map((a) => a.value).join(" ") };
  }
  const s = locatedString(node);
  if (!s) return void 0;
  const args = s.value.split(/\s+/).filter(Boolean).map((value) => ({ value, span: s.span }));
  const line = { span: s.span, form: "string", args, text: s.value };
  if (s.raw !== void 0) line.raw = s.raw;
  return line;
}
function devices(node, problems) {
  return listItems(node, "devices", problems).flatMap((item) => {
    if (item.kind === "map") {
      const wrong = nonScalarField(item, ["source", "target", "permissions"]);
      if (wrong) {
        unreadable(problems, wrong.node.span, `Docker Compose rejects this device: \`${wrong.key}\` is a single value, not ${DESCRIBE[wrong.node.kind]}.`);
        return [];
      }
      const source2 = locatedString(child(item, "source"));
      if (!source2 || source2.value === "") {
        unreadable(problems, child(item, "source")?.span ?? item.span, "Docker Compose rejects this device: a long-syntax device needs a `source` path.");
        return [];
      }
      const device2 = { span: item.span, syntax: "long", source: source2 };
      const target2 = locatedString(child(item, "target"));
      const permissions2 = locatedString(child(item, "permissions"));
      if (target2) device2.target = target2;
      if (permissions2) device2.permissions = permissions2;
      return [device2];
    }
    const s = scalar(item);
    if (!s || typeof s.value !== "string") {
      unreadable(problems, item.span, "Docker Compose rejects this device: a device entry is a SOURCE:TARGET[:PERMISSIONS] string or a mapping.");
      return [];
    }
    const parts = s.value.split(":");
    if (parts.length > 3 || parts[0] === "") {
      const why = parts.length > 3 ? "more than three `:`-separated parts (use the long syntax)" : "no host device path";
      unreadable(problems, s.span, `Docker Compose rejects this device ${quoted(s)}: ${why}.`);
      return [];
    }
    const [source = "", target = "", permissions = "rwm"] = parts;
    const device = { span: s.span, syntax: "short", source: { value: source, span: s.span } };
    if (s.raw !== void 0) device.source.raw = s.raw;
    device.target = { value: target === "" ? source : target, span: s.span };
    device.permissions = { value: permissions, span: s.span };
    return [device];
  });
}
function serviceNetworks(node, problems) {
  if (!node || node.kind === "scalar" && node.value === null) return [];
  if (node.kind === "map") {
    return node.entries.map((e) => {
      if (e.value.kind !== "map" && !(e.value.kind === "scalar" && e.value.value === null)) {
        unreadable(problems, e.value.span, `Docker Compose rejects the options of network "${e.key}": they are a mapping or empty.`);
      }
      return { name: { value: e.key, span: e.keySpan }, span: e.span };
    });
  }
  return checkedStringList(node, "networks", problems).map((name) => ({ name, span: name.span }));
}
function buildService(e, volumes, problems) {
  const node = e.value;
  if (node.kind !== "map") {
    const what = node.kind === "scalar" && node.value === null ? "empty" : DESCRIBE[node.kind];
    unreadable(problems, node.span, `Docker Compose rejects service "${e.key}": it is ${what}, not a mapping of settings.`);
    return void 0;
  }
  const imageNode = locatedString(child(node, "image"));
  const ports = listItems(child(node, "ports"), "ports", problems).flatMap((item) => {
    const result = parsePort(item);
    if ("containerPorts" in result) return [result];
    unreadable(problems, result.span, result.message);
    return [];
  });
  const mounts = listItems(child(node, "volumes"), "volumes", problems).flatMap((item) => {
    const result = parseMount(item, volumes);
    if ("target" in result) return [resolveVolumeBind(result)];
    unreadable(problems, result.span, result.message);
    return [];
  });
  const buildNode = child(node, "build");
  const limits2 = child(child(child(child(node, "deploy"), "resources"), "limits"), "memory");
  const pidsLimit = child(child(child(child(node, "deploy"), "resources"), "limits"), "pids");
  const service = {
    name: { value: e.key, span: e.keySpan },
    span: e.span,
    ports,
    expose: checkedStringList(child(node, "expose"), "expose", problems, true),
    mounts,
    networks: serviceNetworks(child(node, "networks"), problems),
    environment: envVars(child(node, "environment"), "environment", problems),
    namespaces: NAMESPACE_KEYS.flatMap((key) => {
      const value = locatedString(child(node, key));
      return value ? [{ key, value }] : [];
    }),
    capAdd: checkedStringList(child(node, "cap_add"), "cap_add", problems),
    capDrop: checkedStringList(child(node, "cap_drop"), "cap_drop", problems),
    securityOpt: checkedStringList(child(node, "security_opt"), "security_opt", problems),
    devices: devices(child(node, "devices"), problems),
    deployLimits: {},
    deploy: entries(child(node, "deploy")).map((d) => {
      const key = { value: d.key, span: d.keySpan };
      const value = locatedString(d.value);
      return value ? { key, value } : { key };
    })
  };
  if (imageNode) {
    const image = { value: parseImageRef(imageNode.value), span: imageNode.span };
    if (imageNode.raw !== void 0) image.raw = imageNode.raw;
    service.image = image;
  }
  if (buildNode) {
    service.build = { span: buildNode.span, args: envVars(child(buildNode, "args"), "build.args", problems) };
    const context = locatedString(buildNode.kind === "map" ? child(buildNode, "context") : buildNode);
    if (context) service.build.context = context;
  }
  const optional = {
    networkMode: locatedString(child(node, "network_mode")),
    privileged: locatedBool(child(node, "privileged")),
    readOnly: locatedBool(child(node, "read_only")),
    user: locatedString(child(node, "user")),
    command: commandLine(child(node, "command")),
    entrypoint: commandLine(child(node, "entrypoint")),
    healthcheck: commandLine(child(child(node, "healthcheck"), "test")),
    memLimit: locatedScalar(child(node, "mem_limit")),
    pidsLimit: locatedScalar(child(node, "pids_limit"))
  };
  for (const [key, value] of Object.entries(optional)) if (value !== void 0) Object.assign(service, { [key]: value });
  const memory = locatedScalar(limits2);
  const pids = locatedScalar(pidsLimit);
  if (memory) service.deployLimits.memory = memory;
  if (pids) service.deployLimits.pids = pids;
  return service;
}
function isExternal(node) {
  const external = child(node, "external");
  if (!external) return false;
  return external.kind === "map" || external.kind === "scalar" && isTrue(external.value);
}
function buildVolume(e) {
  const driver = locatedString(child(e.value, "driver"));
  const volume = {
    name: { value: e.key, span: e.keySpan },
    span: e.span,
    driverOpts: stringMap(child(e.value, "driver_opts")),
    external: isExternal(e.value)
  };
  if (driver) volume.driver = driver;
  return volume;
}
function buildNetwork(e) {
  const network = buildVolume(e);
  const internal = locatedBool(child(e.value, "internal"));
  if (internal) network.internal = internal;
  return network;
}
function serviceEntries(node, problems) {
  if (node && node.kind !== "map" && !(node.kind === "scalar" && node.value === null)) {
    unreadable(problems, node.span, `Docker Compose rejects \`services:\` written as ${DESCRIBE[node.kind]}: it is a mapping of service names to their settings.`);
  }
  return entries(node);
}
function normalize(root, file, problems) {
  const volumes = entries(child(root, "volumes")).map(buildVolume);
  const volumesByName = new Map(volumes.map((v) => [v.name.value, v]));
  return {
    file,
    services: serviceEntries(child(root, "services"), problems).flatMap((e) => buildService(e, volumesByName, problems) ?? []),
    networks: entries(child(root, "networks")).map(buildNetwork),
    volumes
  };
}

// src/load/index.ts
var DESCRIBE2 = { seq: "a list", scalar: "a single value" };
function loadComposeText(text, path, options = {}) {
  const env2 = options.env ?? {};
  const { root, problems: parseProblems } = parseTree(text, path, env2);
  const file = { path, text, data: root?.data ?? null, locate: (p, part) => locateIn(root, p, part) };
  const problems = parseProblems.map((p) => ({ ruleId: "yaml-syntax", ...p }));
  if (problems.length > 0) return { file, problems };
  if (!root || root.kind === "scalar" && root.value === null) {
    const span = { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { file, problems: [{ ruleId: "yaml-syntax", span, message: "the file is empty; a compose file is a mapping with a `services:` key" }] };
  }
  if (root.kind !== "map") {
    const message = `the top level is ${DESCRIBE2[root.kind]}; a compose file is a mapping with a \`services:\` key`;
    return { file, problems: [{ ruleId: "yaml-syntax", span: root.span, message }] };
  }
  return { file, project: normalize(root, file, problems), problems };
}
async function readDotEnv(composePath) {
  try {
    return parseEnv(await readFile(join(dirname(composePath), ".env"), "utf8"));
  } catch {
    return {};
  }
}

// src/lint.ts
import { readFile as readFile2 } from "node:fs/promises";
function enabledRules(options) {
  return resolveRules(options.ruleSet ?? rules, { strict: options.strict, rules: options.rules, options: options.ruleOptions });
}
function lintText(text, path, options = {}, rules2 = enabledRules(options)) {
  const loaded = loadComposeText(text, path, { env: options.env ?? process.env });
  const known = new Set([...rules, ...options.ruleSet ?? []].map((rule) => rule.meta.id));
  return { path, text, findings: lintLoaded(loaded, rules2, known), project: loaded.project };
}
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  if (bytes.subarray(0, 8e3).includes(0)) return { error: "not a text file (it contains NUL bytes)" };
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { error: "not a UTF-8 text file" };
  }
}
async function lintFiles(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const rules2 = enabledRules(options);
  const { files, errors } = await discover(paths.length > 0 ? paths : ["."], cwd);
  const results = [];
  for (const absolute of files) {
    const shown = displayPath(absolute, cwd);
    let bytes;
    try {
      bytes = await readFile2(absolute);
    } catch (error) {
      errors.push({ path: shown, message: `cannot read (${error.code ?? "error"})` });
      continue;
    }
    const decoded = decodeText(bytes);
    if ("error" in decoded) {
      errors.push({ path: shown, message: decoded.error });
      continue;
    }
    const dotenv = options.dotenv === false ? {} : await readDotEnv(absolute);
    const env2 = { ...dotenv, ...options.env ?? process.env };
    results.push(lintText(decoded.text, shown, { ...options, env: env2 }, rules2));
  }
  return { files: results, errors };
}

export {
  defineRule,
  closest,
  rules,
  BUILTIN_META,
  FAIL_LEVELS,
  FORMAT_NAMES,
  loadFormatter,
  loadComposeText,
  readDotEnv,
  enabledRules,
  lintText,
  decodeText,
  lintFiles
};
