import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/format/escape.ts
function escapeControl(text) {
  return text.replace(CONTROL, (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`);
}
function escapeLine(text) {
  return escapeControl(text).replace(/\n/g, "\\n").replace(/\t/g, "  ");
}
var CONTROL;
var init_escape = __esm({
  "src/format/escape.ts"() {
    "use strict";
    CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
  }
});

// ../../main/node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "../../main/node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// ../../main/node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "../../main/node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// ../../main/node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "../../main/node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// ../../main/node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "../../main/node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry2) {
      if (entry2.charAt(0) === ".") {
        const secondCharactery = entry2.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry2.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry2;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// ../../main/node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "../../main/node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// ../../main/node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "../../main/node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open2 = str[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open2 = str[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// ../../main/node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "../../main/node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// ../../main/node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "../../main/node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// ../../main/node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "../../main/node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child2 of node.nodes) {
            output += stringify(child2);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// ../../main/node_modules/is-number/index.js
var require_is_number = __commonJS({
  "../../main/node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// ../../main/node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "../../main/node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count2 = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count2++;
        }
      }
      if (count2) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count2], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains2(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains2(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains2(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// ../../main/node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "../../main/node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input2) => {
      let value = `${input2}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input2, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input2[0] === "-" ? "-" : "";
        if (dash) input2 = input2.slice(1);
        input2 = dash + input2.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input2);
      }
      return input2;
    };
    var toMaxLen = (input2, maxLength) => {
      let negative = input2[0] === "-" ? "-" : "";
      if (negative) {
        input2 = input2.slice(1);
        maxLength--;
      }
      while (input2.length < maxLength) input2 = "0" + input2;
      return negative ? "-" + input2 : input2;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// ../../main/node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "../../main/node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child2 of node.nodes) {
            output += walk(child2, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// ../../main/node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "../../main/node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand2 = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child2 = node.nodes[i];
          if (child2.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child2.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child2.value && child2.type !== "open") {
            queue.push(append(queue.pop(), child2.value));
            continue;
          }
          if (child2.nodes) {
            walk(child2, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand2;
  }
});

// ../../main/node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "../../main/node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// ../../main/node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "../../main/node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input2, options = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input2.length > max) {
        throw new SyntaxError(`Input length (${input2.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input: input2, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input2.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input2[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open2 = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open2) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open2 = block.nodes.shift();
            block.nodes = [open2, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// ../../main/node_modules/braces/index.js
var require_braces = __commonJS({
  "../../main/node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand2 = require_expand();
    var parse = require_parse();
    var braces = (input2, options = {}) => {
      let output = [];
      if (Array.isArray(input2)) {
        for (const pattern of input2) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input2, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input2, options = {}) => parse(input2, options);
    braces.stringify = (input2, options = {}) => {
      if (typeof input2 === "string") {
        return stringify(braces.parse(input2, options), options);
      }
      return stringify(input2, options);
    };
    braces.compile = (input2, options = {}) => {
      if (typeof input2 === "string") {
        input2 = braces.parse(input2, options);
      }
      return compile(input2, options);
    };
    braces.expand = (input2, options = {}) => {
      if (typeof input2 === "string") {
        input2 = braces.parse(input2, options);
      }
      let result = expand2(input2, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input2, options = {}) => {
      if (input2 === "" || input2.length < 3) {
        return [input2];
      }
      return options.expand !== true ? braces.compile(input2, options) : braces.expand(input2, options);
    };
    module.exports = braces;
  }
});

// ../../main/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "../../main/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// ../../main/node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "../../main/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports.removePrefix = (input2, state = {}) => {
      let output = input2;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// ../../main/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "../../main/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code3) => {
      return code3 === CHAR_FORWARD_SLASH || code3 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input2, options) => {
      const opts = options || {};
      const length = input2.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input2;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code3;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code3;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code3 = advance();
        let next;
        if (code3 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code3 = advance();
          if (code3 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code3 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code3 = advance())) {
            if (code3 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code3 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code3 === CHAR_DOT && (code3 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code3 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code3 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code3 === CHAR_PLUS || code3 === CHAR_AT || code3 === CHAR_ASTERISK || code3 === CHAR_QUESTION_MARK || code3 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code3 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code3 = advance())) {
                if (code3 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code3 = advance();
                  continue;
                }
                if (code3 === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code3 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code3 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code3 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code3 = advance())) {
              if (code3 === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code3 = advance();
                continue;
              }
              if (code3 === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code3)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input2.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input2.length) {
          const value = input2.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// ../../main/node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "../../main/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input2) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input2) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants2.globChars(win32);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input2.slice(token.startIndex, state.index + 1);
        const body = input2.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal2;
          open2.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input2 && opts.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input2, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input2, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// ../../main/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "../../main/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants2 = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input2) => picomatch(input2, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input2, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input: input2, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input2)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input2, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input2 === glob;
      let output = match && format ? format(input2) : input2;
      if (match === false) {
        output = format ? format(input2) : input2;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input2, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input2, glob, options, posix2 = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path.basename(input2));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input2, options) => scan(input2, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse(input2, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants2;
    module.exports = picomatch;
  }
});

// ../../main/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "../../main/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// ../../main/node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "../../main/node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input2, options) => {
      let posix2 = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix2 ? utils.toPosixSlashes(input2) : input2);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// ../../main/node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "../../main/node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern3) => pattern3 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry2, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry2));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative5 = [];
      for (const pattern of patterns) {
        if (isAbsolute4(pattern)) {
          absolute.push(pattern);
        } else {
          relative5.push(pattern);
        }
      }
      return [absolute, relative5];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute4(pattern) {
      return path.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute4;
  }
});

// ../../main/node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "../../main/node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// ../../main/node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "../../main/node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// ../../main/node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "../../main/node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input2) {
      return typeof input2 === "string";
    }
    exports.isString = isString;
    function isEmpty(input2) {
      return input2 === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// ../../main/node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "../../main/node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path = require_path();
    exports.path = path;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// ../../main/node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "../../main/node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input2, settings) {
      const patterns = processPatterns(input2, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input2, settings) {
      let patterns = input2;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// ../../main/node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "../../main/node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings, callback) {
      settings.fs.lstat(path, (lstatError, lstat2) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat2);
          return;
        }
        settings.fs.stat(path, (statError, stat2) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat2);
            return;
          }
          if (settings.markSymbolicLink) {
            stat2.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat2);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// ../../main/node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "../../main/node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings) {
      const lstat2 = settings.fs.lstatSync(path);
      if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat2;
      }
      try {
        const stat2 = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat2.isSymbolicLink = () => true;
        }
        return stat2;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat2;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// ../../main/node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "../../main/node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// ../../main/node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "../../main/node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// ../../main/node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "../../main/node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat2(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat2;
    function statSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// ../../main/node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "../../main/node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// ../../main/node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "../../main/node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// ../../main/node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "../../main/node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// ../../main/node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "../../main/node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// ../../main/node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "../../main/node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// ../../main/node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "../../main/node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// ../../main/node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "../../main/node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries2 = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries2);
          return;
        }
        const tasks = entries2.map((entry2) => makeRplTaskEntry(entry2, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry2, settings) {
      return (done) => {
        if (!entry2.dirent.isSymbolicLink()) {
          done(null, entry2);
          return;
        }
        settings.fs.stat(entry2.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry2);
            return;
          }
          entry2.dirent = utils.fs.createDirentFromStats(entry2.name, stats);
          done(null, entry2);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry2 = {
                name,
                path,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry2.stats = stats;
              }
              done(null, entry2);
            });
          };
        });
        rpl(tasks, (rplError, entries2) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries2);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// ../../main/node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "../../main/node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry2 = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry2.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry2.path);
            entry2.dirent = utils.fs.createDirentFromStats(entry2.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry2;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry2 = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry2.stats = stats;
        }
        return entry2;
      });
    }
    exports.readdir = readdir;
  }
});

// ../../main/node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "../../main/node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// ../../main/node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "../../main/node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// ../../main/node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "../../main/node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// ../../main/node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "../../main/node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// ../../main/node_modules/fastq/queue.js
var require_queue = __commonJS({
  "../../main/node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve7, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve7(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve7, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve7(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve7) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve7();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve7();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// ../../main/node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "../../main/node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// ../../main/node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "../../main/node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// ../../main/node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "../../main/node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries2) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry2 of entries2) {
            this._handleEntry(entry2, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry2, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry2.path;
        if (base !== void 0) {
          entry2.path = common.joinPathSegments(base, entry2.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry2)) {
          this._emitEntry(entry2);
        }
        if (entry2.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry2)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry2.path);
        }
      }
      _emitEntry(entry2) {
        this._emitter.emit("entry", entry2);
      }
    };
    exports.default = AsyncReader;
  }
});

// ../../main/node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "../../main/node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry2) => {
          this._storage.push(entry2);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries2) {
      callback(null, entries2);
    }
  }
});

// ../../main/node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "../../main/node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry2) => {
          this._stream.push(entry2);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// ../../main/node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "../../main/node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries2 = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry2 of entries2) {
            this._handleEntry(entry2, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry2, base) {
        const fullpath = entry2.path;
        if (base !== void 0) {
          entry2.path = common.joinPathSegments(base, entry2.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry2)) {
          this._pushToStorage(entry2);
        }
        if (entry2.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry2)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry2.path);
        }
      }
      _pushToStorage(entry2) {
        this._storage.push(entry2);
      }
    };
    exports.default = SyncReader;
  }
});

// ../../main/node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "../../main/node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// ../../main/node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "../../main/node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// ../../main/node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "../../main/node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// ../../main/node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "../../main/node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry2 = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry2.stats = stats;
        }
        return entry2;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// ../../main/node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "../../main/node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry2) => {
            if (entry2 !== null && options.entryFilter(entry2)) {
              stream.push(entry2);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve7, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve7(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// ../../main/node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "../../main/node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve7, reject) => {
          this._walkAsync(root, options, (error, entries2) => {
            if (error === null) {
              resolve7(entries2);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries2 = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve7, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry2) => entries2.push(entry2));
          stream.once("end", () => resolve7(entries2));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// ../../main/node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "../../main/node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// ../../main/node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "../../main/node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// ../../main/node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "../../main/node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry2) => this._filter(basePath, entry2, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry2, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry2.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry2)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry2.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry2) {
        return !this._settings.followSymbolicLinks && entry2.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// ../../main/node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "../../main/node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry2) => this._filter(entry2, patterns);
      }
      _filter(entry2, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry2.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry2) || this._onlyDirectoryFilter(entry2)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry2.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry2) {
        return this._settings.onlyFiles && !entry2.dirent.isFile();
      }
      _onlyDirectoryFilter(entry2) {
        return this._settings.onlyDirectories && !entry2.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// ../../main/node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "../../main/node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// ../../main/node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "../../main/node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry2) => this._transform(entry2);
      }
      _transform(entry2) {
        let filepath = entry2.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry2.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry2), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// ../../main/node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "../../main/node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// ../../main/node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "../../main/node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries2 = await this.api(root, task, options);
        return entries2.map((entry2) => options.transform(entry2));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// ../../main/node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "../../main/node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry2) => destination.emit("data", options.transform(entry2))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// ../../main/node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "../../main/node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries2 = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry2 = this._getEntry(filepath, pattern, options);
          if (entry2 === null || !options.entryFilter(entry2)) {
            continue;
          }
          entries2.push(entry2);
        }
        return entries2;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// ../../main/node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "../../main/node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries2 = this.api(root, task, options);
        return entries2.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// ../../main/node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "../../main/node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// ../../main/node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "../../main/node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix2;
      (function(posix3) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix3.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix3.convertPathToPattern = convertPathToPattern2;
      })(posix2 = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input2) {
      const source = [].concat(input2);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// src/discover.ts
import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
async function discover(paths, cwd) {
  const files = /* @__PURE__ */ new Set();
  const errors = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code3 = error.code;
      errors.push({ path, message: code3 === "ENOENT" ? "no such file or directory" : `cannot read (${code3 ?? "error"})` });
      continue;
    }
    if (info.isFile()) {
      files.add(absolute);
      continue;
    }
    if (!info.isDirectory()) {
      errors.push({ path, message: "not a file or directory" });
      continue;
    }
    const { default: fg } = await Promise.resolve().then(() => __toESM(require_out4(), 1));
    const found = await fg(COMPOSE_FILE_GLOBS, {
      cwd: absolute,
      absolute: true,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ["**/node_modules/**", "**/.git/**"],
      suppressErrors: true
    });
    if (found.length === 0) errors.push({ path, message: "no compose file found (compose.yaml, docker-compose.yml, ...)" });
    for (const file of found) files.add(resolve(file));
  }
  return { files: [...files].sort(), errors };
}
function displayPath(absolute, cwd) {
  const rel = relative(cwd, absolute);
  const shown = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
  return shown.split(sep).join("/");
}
var COMPOSE_FILE_GLOBS;
var init_discover = __esm({
  "src/discover.ts"() {
    "use strict";
    COMPOSE_FILE_GLOBS = ["**/{compose,docker-compose,docker-stack}{,.*,-*,_*}.{yml,yaml}", "**/*{-,_,.}compose.{yml,yaml}"];
  }
});

// src/format/paths.ts
import { resolve as resolve2 } from "node:path";
function pathFromRoot(path, cwd, root) {
  return root ? displayPath(resolve2(cwd, path), resolve2(cwd, root)) : path;
}
var init_paths = __esm({
  "src/format/paths.ts"() {
    "use strict";
    init_discover();
  }
});

// src/format/words.ts
function plural(count2, word) {
  return `${count2} ${word}${count2 === 1 ? "" : "s"}`;
}
var init_words = __esm({
  "src/format/words.ts"() {
    "use strict";
  }
});

// src/format/github.ts
var github_exports = {};
__export(github_exports, {
  ANNOTATIONS_PER_LEVEL: () => ANNOTATIONS_PER_LEVEL,
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  formatGithub: () => formatGithub,
  notAnnotated: () => notAnnotated,
  planAnnotations: () => planAnnotations
});
import { createHash } from "node:crypto";
function escapeData(text) {
  return escapeControl(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function planAnnotations(result, context) {
  const workspace = (context.env ?? process.env).GITHUB_WORKSPACE || void 0;
  const placed = result.files.flatMap((file) => {
    const path = pathFromRoot(file.path, context.cwd, workspace);
    return file.findings.map((finding) => ({ path, finding }));
  });
  const severity = new Map(context.rules.map((meta) => [meta.id, meta.securitySeverity]));
  const rank = (p) => severity.get(p.finding.ruleId) ?? 0;
  const pathErrors = result.errors.slice(0, ANNOTATIONS_PER_LEVEL);
  const budget = { error: ANNOTATIONS_PER_LEVEL - pathErrors.length, warning: ANNOTATIONS_PER_LEVEL, note: ANNOTATIONS_PER_LEVEL };
  const byLevel = (level) => placed.filter((p) => p.finding.level === level);
  if (result.errors.length > pathErrors.length || LEVELS.some((level) => byLevel(level).length > budget[level])) budget.note -= 1;
  const annotated = LEVELS.flatMap(
    (level) => byLevel(level).sort((a, b) => rank(b) - rank(a)).slice(0, budget[level])
  );
  const chosen = new Set(annotated);
  return { placed, annotated, left: placed.filter((p) => !chosen.has(p)), pathErrors, leftPathErrors: result.errors.slice(pathErrors.length) };
}
function notAnnotated(plan) {
  return plan.left.length + plan.leftPathErrors.length;
}
function annotation({ path, finding }) {
  const { line, column, endLine, endColumn } = finding.span;
  const position = endLine === line ? `line=${line},col=${column},endLine=${endLine},endColumn=${endColumn}` : `line=${line},endLine=${endLine}`;
  return `::${COMMAND[finding.level]} file=${escapeProperty(path)},${position},title=${escapeProperty(finding.ruleId)}::${escapeData(finding.message)}`;
}
function plainBlock(lines2) {
  const body = lines2.join("\n");
  const token = `compose-lint-${createHash("sha256").update(body).digest("hex").slice(0, 32)}`;
  return [`::stop-commands::${token}`, ...lines2, `::${token}::`];
}
function formatGithub(result, context) {
  const plan = planAnnotations(result, context);
  const out = plan.pathErrors.map((error) => `::error title=compose-lint::${escapeData(`${error.path}: ${error.message}`)}`);
  out.push(...plan.annotated.map(annotation));
  const left = notAnnotated(plan);
  if (left > 0) {
    out.push(
      `::notice title=compose-lint::${plural(left, "more finding")} not annotated: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} errors, ${ANNOTATIONS_PER_LEVEL} warnings and ${ANNOTATIONS_PER_LEVEL} notices per step. They are listed in the log of this step.`,
      ...plainBlock([
        ...plan.leftPathErrors.map((error) => `${escapeLine(error.path)}: error: ${escapeLine(error.message)}`),
        ...plan.left.map(({ path, finding }) => `${escapeLine(path)}:${finding.span.line}:${finding.span.column}: ${finding.level}: ${escapeLine(finding.message)} [${finding.ruleId}]`)
      ])
    );
  }
  const counts = LEVELS.map((level) => plural(plan.placed.filter((p) => p.finding.level === level).length, level));
  out.push(`compose-lint: ${counts.join(", ")} in ${plural(result.files.length, "file")} checked.`);
  return out.join("\n") + "\n";
}
var ANNOTATIONS_PER_LEVEL, COMMAND, LEVELS;
var init_github = __esm({
  "src/format/github.ts"() {
    "use strict";
    init_escape();
    init_paths();
    init_words();
    ANNOTATIONS_PER_LEVEL = 10;
    COMMAND = { error: "error", warning: "warning", note: "notice" };
    LEVELS = ["error", "warning", "note"];
  }
});

// src/meta.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg2 = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg2.name === "compose-lint") return dir;
    } catch {
    }
    dir = dirname(dir);
  }
  throw new Error("cannot find compose-lint's package.json");
}
function ruleDocPath(ruleId) {
  return join(packageRoot, "rules", `${ruleId}.md`);
}
function ruleDocUrl(ruleId) {
  return repositoryUrl ? `${repositoryUrl}/blob/main/rules/${ruleId}.md` : void 0;
}
var packageRoot, pkg, version, homepage, repositoryUrl;
var init_meta = __esm({
  "src/meta.ts"() {
    "use strict";
    packageRoot = findRoot();
    pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8"));
    version = pkg.version;
    homepage = pkg.homepage ?? "https://www.npmjs.com/package/compose-lint";
    repositoryUrl = (() => {
      const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
      const match = url ? /^(?:git\+)?(https:\/\/[^\s]+?)(?:\.git)?$/.exec(url) : null;
      return match?.[1];
    })();
  }
});

// src/model/datastores.ts
function datastoreByImage(image) {
  const byName = BY_NAME[image.name];
  if (byName) return byName;
  return BY_REPOSITORY.find(([pattern]) => pattern.test(image.repository))?.[1];
}
function datastoreByPorts(range) {
  for (let port = range.start; port <= range.end && port - range.start < 1024; port++) {
    const product = BY_PORT[port];
    if (product) return product;
  }
  return void 0;
}
function productByWord(word) {
  const tokens = word.toLowerCase().split(/[-_.]+/).filter(Boolean);
  const named = tokens.filter((t) => !GENERIC_WORD.test(t));
  if (named.length === 1) return BY_NAME[named[0]];
  return BY_NAME[tokens.join("-")];
}
function datastoreOfService(service) {
  if (service.image) {
    const product = datastoreByImage(service.image.value);
    return product ? { product, by: "image", evidence: service.image.value.text } : void 0;
  }
  const byName = productByWord(service.name.value);
  if (byName) return { product: byName, by: "service name", evidence: service.name.value };
  const context = service.build?.context?.value.trim().replace(/\/+$/, "");
  const directory = context?.split("/").at(-1);
  const byContext = directory && !/^\.*$/.test(directory) ? productByWord(directory) : void 0;
  return byContext && context ? { product: byContext, by: "build context", evidence: context } : void 0;
}
function ownPorts(product) {
  return OWN_PORTS[product.replace(/ \(.*$/, "")] ?? [];
}
function datastorePort(service, port) {
  const range = port.containerPorts.value;
  const known = datastoreOfService(service);
  if (known) {
    const own = ownPorts(known.product).some((p) => p >= range.start && p <= range.end);
    return { ...known, own };
  }
  const product = datastoreByPorts(range);
  return product ? { product, by: "port", evidence: String(range.start === range.end ? range.start : `${range.start}-${range.end}`), own: true } : void 0;
}
var BY_NAME, BY_REPOSITORY, BY_PORT, OWN_PORTS, GENERIC_WORD;
var init_datastores = __esm({
  "src/model/datastores.ts"() {
    "use strict";
    BY_NAME = {
      postgres: "PostgreSQL",
      postgresql: "PostgreSQL",
      "postgresql-repmgr": "PostgreSQL",
      postgis: "PostgreSQL (PostGIS)",
      pgvector: "PostgreSQL (pgvector)",
      timescaledb: "TimescaleDB",
      "timescaledb-ha": "TimescaleDB",
      "timescaledb-postgis": "TimescaleDB",
      pgbouncer: "PgBouncer",
      "pgpool": "Pgpool-II",
      citus: "Citus",
      yugabyte: "YugabyteDB",
      cockroach: "CockroachDB",
      mysql: "MySQL",
      "mysql-server": "MySQL",
      mariadb: "MariaDB",
      "mariadb-galera": "MariaDB Galera",
      percona: "Percona Server",
      "percona-server": "Percona Server",
      "percona-xtradb-cluster": "Percona XtraDB Cluster",
      tidb: "TiDB",
      vitess: "Vitess",
      mongo: "MongoDB",
      mongodb: "MongoDB",
      "mongodb-community-server": "MongoDB",
      "mongodb-enterprise-server": "MongoDB",
      "percona-server-mongodb": "MongoDB",
      "mongodb-sharded": "MongoDB",
      redis: "Redis",
      "redis-stack": "Redis Stack",
      "redis-stack-server": "Redis Stack",
      "redis-cluster": "Redis",
      redismod: "Redis",
      "redis-stack-server-edge": "Redis Stack",
      valkey: "Valkey",
      "valkey-cluster": "Valkey",
      keydb: "KeyDB",
      dragonfly: "Dragonfly",
      memcached: "Memcached",
      garnet: "Garnet",
      elasticsearch: "Elasticsearch",
      opensearch: "OpenSearch",
      "wazuh-indexer": "Wazuh indexer (OpenSearch)",
      solr: "Solr",
      meilisearch: "Meilisearch",
      typesense: "Typesense",
      manticoresearch: "Manticore Search",
      cassandra: "Cassandra",
      scylla: "ScyllaDB",
      couchdb: "CouchDB",
      couchbase: "Couchbase",
      "couchbase-server": "Couchbase",
      influxdb: "InfluxDB",
      questdb: "QuestDB",
      neo4j: "Neo4j",
      arangodb: "ArangoDB",
      orientdb: "OrientDB",
      rethinkdb: "RethinkDB",
      "clickhouse-server": "ClickHouse",
      clickhouse: "ClickHouse",
      surrealdb: "SurrealDB",
      etcd: "etcd",
      "oracle-xe": "Oracle Database",
      "oracle-free": "Oracle Database",
      db2: "Db2",
      firebird: "Firebird",
      hazelcast: "Hazelcast",
      ignite: "Apache Ignite",
      aerospike: "Aerospike",
      "aerospike-server": "Aerospike",
      qdrant: "Qdrant",
      weaviate: "Weaviate",
      milvus: "Milvus",
      chroma: "Chroma",
      rabbitmq: "RabbitMQ",
      kafka: "Kafka",
      "cp-kafka": "Kafka",
      "cp-server": "Kafka",
      zookeeper: "ZooKeeper",
      "cp-zookeeper": "ZooKeeper",
      activemq: "ActiveMQ",
      "activemq-artemis": "ActiveMQ Artemis",
      nats: "NATS",
      consul: "Consul"
    };
    BY_REPOSITORY = [
      [/(^|\/)mssql\/(server|rhel\/server)$/, "SQL Server"],
      [/(^|\/)azure-sql-edge$/, "Azure SQL Edge"],
      [/(^|\/)database\/(enterprise|express|free)$/, "Oracle Database"],
      [/(^|\/)(oracle|gvenzl)\/.*(database|oracle)/, "Oracle Database"]
    ];
    BY_PORT = {
      5432: "PostgreSQL",
      3306: "MySQL",
      33060: "MySQL X Protocol",
      27017: "MongoDB",
      27018: "MongoDB",
      27019: "MongoDB",
      6379: "Redis",
      9200: "Elasticsearch",
      9300: "Elasticsearch transport",
      11211: "Memcached",
      9042: "Cassandra",
      5984: "CouchDB",
      8086: "InfluxDB",
      7687: "Neo4j Bolt",
      26257: "CockroachDB",
      1433: "SQL Server",
      1521: "Oracle Database",
      8529: "ArangoDB",
      28015: "RethinkDB",
      5672: "AMQP (RabbitMQ)",
      5671: "AMQP (RabbitMQ)",
      2379: "etcd",
      // Brokers and stores that a `build:`-only service is often; each port is rarely anything else's.
      9092: "Kafka",
      29092: "Kafka",
      2181: "ZooKeeper",
      4222: "NATS",
      8500: "Consul",
      61616: "ActiveMQ",
      6432: "PgBouncer",
      8983: "Solr",
      7700: "Meilisearch",
      7474: "Neo4j",
      6333: "Qdrant",
      19530: "Milvus",
      5701: "Hazelcast",
      3050: "Firebird"
    };
    OWN_PORTS = {
      PostgreSQL: [5432],
      TimescaleDB: [5432],
      PgBouncer: [6432, 5432],
      "Pgpool-II": [9999, 5432],
      Citus: [5432],
      YugabyteDB: [5433, 9042],
      CockroachDB: [26257, 8080],
      MySQL: [3306, 33060],
      "MySQL X Protocol": [33060],
      MariaDB: [3306],
      "MariaDB Galera": [3306],
      "Percona Server": [3306],
      "Percona XtraDB Cluster": [3306],
      TiDB: [4e3],
      MongoDB: [27017, 27018, 27019],
      Redis: [6379],
      "Redis Stack": [6379, 8001],
      Valkey: [6379],
      KeyDB: [6379],
      Dragonfly: [6379],
      Garnet: [6379],
      Memcached: [11211],
      Elasticsearch: [9200, 9300],
      "Elasticsearch transport": [9300],
      OpenSearch: [9200, 9300, 9600],
      "Wazuh indexer": [9200],
      Solr: [8983],
      Meilisearch: [7700],
      Typesense: [8108],
      "Manticore Search": [9306, 9308, 9312],
      Cassandra: [9042, 9160, 7e3, 7001, 7199],
      ScyllaDB: [9042, 19042, 9160, 7e3, 7001, 1e4],
      CouchDB: [5984],
      Couchbase: [8091, 8092, 8093, 8094, 8095, 8096, 8097, 11210, 11211],
      InfluxDB: [8086],
      QuestDB: [9e3, 8812, 9009],
      Neo4j: [7474, 7473, 7687],
      "Neo4j Bolt": [7687],
      ArangoDB: [8529],
      OrientDB: [2424, 2480],
      RethinkDB: [28015, 29015, 8080],
      ClickHouse: [8123, 9e3, 9009, 9004, 9005],
      SurrealDB: [8e3],
      etcd: [2379, 2380],
      "Oracle Database": [1521, 5500],
      Db2: [5e4],
      Firebird: [3050],
      Hazelcast: [5701],
      "Apache Ignite": [10800, 47100, 47500],
      Aerospike: [3e3, 3001, 3002, 3003],
      Qdrant: [6333, 6334],
      Weaviate: [8080, 50051],
      Milvus: [19530, 9091],
      Chroma: [8e3],
      RabbitMQ: [5672, 5671, 15672, 15671, 25672, 4369],
      AMQP: [5672, 5671],
      Kafka: [9092, 9093, 9094, 29092],
      ZooKeeper: [2181, 2888, 3888],
      ActiveMQ: [61616, 8161, 5672, 61613, 1883],
      "ActiveMQ Artemis": [61616, 8161, 5672, 61613, 1883],
      "SQL Server": [1433],
      "Azure SQL Edge": [1433],
      NATS: [4222, 6222, 8222],
      Consul: [8500, 8501, 8502, 8600, 8300, 8301, 8302]
    };
    GENERIC_WORD = /^(\d+|db|database|server|srv|broker|node|master|primary|replica|slave|cluster|local|dev|test|main|data|store|cache|svc|service|standalone|single)$/;
  }
});

// src/model/queries.ts
function isLoopbackAddress(ip) {
  const address = ip.trim().replace(/^\[|\]$/g, "").toLowerCase();
  if (address === "localhost" || address === "::1" || /^0*:(0*:)*0*1$/.test(address)) return true;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
function isWildcardAddress(ip) {
  const address = ip.trim().replace(/^\[|\]$/g, "");
  return address === "0.0.0.0" || /^[0:]*::?[0:]*$/.test(address);
}
function attachedNetworks(service, project) {
  const mode = service.networkMode?.value.trim();
  if (mode !== void 0 && mode !== "") return publishesPorts(service) ? [{ name: mode }] : [];
  const names = service.networks.length > 0 ? service.networks.map((n) => n.name.value) : ["default"];
  return names.map((name) => {
    const network = project.networks.find((n) => n.name.value === name);
    return network ? { name, network } : { name };
  });
}
function networksDefaultToLoopback(service, project) {
  const attached = attachedNetworks(service, project);
  if (attached.length === 0) return false;
  return attached.every(({ network }) => {
    const binding = network?.driverOpts.get("com.docker.network.bridge.host_binding_ipv4")?.value;
    return binding !== void 0 && isLoopbackAddress(binding);
  });
}
function publishesPorts(service) {
  const mode = service.networkMode?.value.trim() ?? "";
  return !(mode === "host" || mode === "none" || mode.startsWith("service:") || mode.startsWith("container:"));
}
function portSpan(port) {
  return port.publishSpan ?? port.span;
}
function portReach(service, project) {
  if (!publishesPorts(service)) return [];
  const defaultLoopback = service.ports.some((p) => !p.hostIp?.value) && networksDefaultToLoopback(service, project);
  return service.ports.map((port) => {
    const ip = port.hostIp?.value ?? "";
    if (ip === "") return defaultLoopback ? { port, reach: "loopback", byNetworkDefault: true } : { port, reach: "unbound" };
    if (isLoopbackAddress(ip)) return { port, reach: "loopback" };
    if (isWildcardAddress(ip)) return { port, reach: "wildcard" };
    return { port, reach: "address" };
  });
}
function formatPortRange(r) {
  return r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`;
}
function describePort(port) {
  const range = formatPortRange;
  const protocol = port.protocol === "tcp" ? "" : `/${port.protocol}`;
  const container = range(port.containerPorts.value);
  return port.hostPorts ? `${range(port.hostPorts.value)}:${container}${protocol}` : `${container}${protocol}`;
}
function loopbackSuggestion(port) {
  const range = formatPortRange;
  const container = range(port.containerPorts.value);
  const host = port.hostPorts ? range(port.hostPorts.value) : container;
  const protocol = port.protocol === "tcp" ? "" : `/${port.protocol}`;
  return `127.0.0.1:${host}:${container}${protocol}`;
}
function swarmEvidence(project) {
  for (const service of project.services) {
    for (const { key, value } of service.deploy) {
      if (SWARM_ONLY_DEPLOY.has(key.value)) return { span: key.span, what: `\`deploy.${key.value}\` of service "${service.name.value}"` };
      if (key.value === "mode" && value?.value === "global") return { span: value.span, what: `\`deploy.mode: global\` of service "${service.name.value}"` };
    }
  }
  const overlay = project.networks.find((n) => n.driver?.value === "overlay");
  if (overlay?.driver) return { span: overlay.driver.span, what: `the overlay network "${overlay.name.value}"` };
  const name = project.file.path.split("/").pop() ?? "";
  if (/^docker-stack([._-].*)?\.ya?ml$/.test(name)) {
    return { span: { file: project.file.path, line: 1, column: 1, endLine: 1, endColumn: 1 }, what: `the file name ${name}` };
  }
  return void 0;
}
var SWARM_ONLY_DEPLOY;
var init_queries = __esm({
  "src/model/queries.ts"() {
    "use strict";
    SWARM_ONLY_DEPLOY = /* @__PURE__ */ new Set(["placement", "update_config", "rollback_config", "endpoint_mode"]);
  }
});

// src/model/sockets.ts
function normalise(path) {
  return path.trim().replace(/\/+$/, "").replace(/\/{2,}/g, "/") || "/";
}
function socketKind(mount) {
  const source = mount.source;
  if (!source || mount.kind !== "bind" && mount.kind !== "npipe" && mount.source?.raw === void 0) return void 0;
  const path = normalise(source.value);
  const raw = source.raw;
  if (SOCKETS.some((re) => re.test(path)) || raw !== void 0 && RUNTIME_DIR_SOCKET.test(raw)) return "socket";
  if (mount.kind === "bind" && SOCKET_DIRECTORIES.some((re) => re.test(path))) return "directory";
  if (mount.kind === "bind" && SOCKET_PARENTS.some((re) => re.test(path))) return "parent";
  if (source.raw !== void 0 && /\/docker\.sock$/.test(mount.target.value)) return "interpolated";
  return void 0;
}
function socketPathInContainer(mount) {
  const kind = socketKind(mount);
  if (!mount.source || kind !== "directory" && kind !== "parent") return void 0;
  const source = normalise(mount.source.value);
  const socket = /(^|\/)podman$/.test(source) ? "podman.sock" : /(^|\/)containerd$/.test(source) ? "containerd.sock" : "docker.sock";
  const below = kind === "parent" ? `run/${socket}` : socket;
  const target = normalise(mount.target.value);
  return `${target === "/" ? "" : target}/${below}`;
}
var SOCKETS, SOCKET_PARENTS, SOCKET_DIRECTORIES, RUNTIME_DIR_SOCKET;
var init_sockets = __esm({
  "src/model/sockets.ts"() {
    "use strict";
    SOCKETS = [
      /^\/(var\/)?run\/docker\.sock$/,
      /^\/(var\/)?run\/user\/\d+\/docker\.sock$/,
      /^\/(var\/)?run\/(user\/\d+\/)?podman\/podman\.sock$/,
      /^\/(var\/)?run\/containerd\/containerd\.sock$/,
      /^\/(var\/)?run\/cri-dockerd\.sock$/,
      /^\/var\/run\/docker\.sock\.raw$/,
      /^~?\/\.docker\/run\/docker\.sock$/,
      /^(\/\/\.\/|\\\\\.\\)pipe[\\/]docker_engine$/i
    ];
    SOCKET_PARENTS = [/^\/$/];
    SOCKET_DIRECTORIES = [
      /^\/(var\/)?run$/,
      /^\/(var\/)?run\/user\/\d+$/,
      /^\/(var\/)?run\/(podman|containerd)$/
    ];
    RUNTIME_DIR_SOCKET = /^\$\{?XDG_RUNTIME_DIR\}?\/(docker\.sock|podman\/podman\.sock)$/;
  }
});

// src/format/exposure-map.ts
function mermaidLabel(text) {
  return escapeLine(text).replace(/[^A-Za-z0-9 _.,:/@+=()-]/gu, (ch) => `#${ch.codePointAt(0)};`);
}
function mountsEngineSocket(service) {
  return service.mounts.some((m) => socketKind(m) !== void 0);
}
function exposedDatastore(service, reaches) {
  const open2 = reaches.filter((r) => r.reach !== "loopback");
  if (open2.length === 0) return void 0;
  return open2.map((r) => datastorePort(service, r.port)?.product).find(Boolean);
}
function portLabel({ port, reach, byNetworkDefault }) {
  const ip = port.hostIp?.value ?? "";
  const address = reach === "unbound" ? "0.0.0.0" : byNetworkDefault ? "127.0.0.1" : ip.includes(":") && !ip.startsWith("[") ? `[${ip}]` : ip;
  const note = reach === "unbound" ? " (no host IP)" : byNetworkDefault ? " (network default)" : "";
  const host = port.hostPorts ? formatPortRange(port.hostPorts.value) : "random";
  return `${address}:${host} \u2192 ${formatPortRange(port.containerPorts.value)}/${port.protocol}${note}`;
}
function serviceUnit(file, id, service, project, networkId) {
  const reaches = portReach(service, project);
  const marks = [];
  const datastore = exposedDatastore(service, reaches);
  if (datastore) marks.push(`\u26A0 exposed database: ${datastore}`);
  if (mountsEngineSocket(service)) marks.push("\u26A0 mounts the Docker socket");
  if (service.privileged?.value === true) marks.push("\u26A0 privileged");
  const hostNetwork = service.networkMode?.value === "host";
  if (hostNetwork) marks.push("network_mode: host");
  const image = service.image ? [`image: ${service.image.value.text}`] : [];
  const label = [service.name.value, ...image, ...marks].map(mermaidLabel).join("<br/>");
  const nodes = [`    ${id}["${label}"]`];
  const edges = [];
  reaches.forEach((r, i) => {
    const portId = `${id}p${i}`;
    nodes.push(`    ${portId}[/"${mermaidLabel(portLabel(r))}"/]`);
    const from = r.reach === "loopback" ? "loopback" : "internet";
    edges.push(`  ${from} ${r.reach === "address" ? "-.->" : "-->"} ${portId} --> ${id}`);
  });
  if (hostNetwork) edges.push(`  internet -.->|"${mermaidLabel("host network: every listening port")}"| ${id}`);
  const networks = attachedNetworks(service, project).map(({ name, network }) => {
    const netId = networkId(name);
    const notes = [network?.internal?.value ? "internal" : "", network?.external ? "external" : "", network?.driver ? `driver: ${network.driver.value}` : ""];
    const text = [`network: ${name}`, ...notes.filter(Boolean)].map(mermaidLabel).join("<br/>");
    edges.push(`  ${id} -.-> ${netId}`);
    return { id: netId, line: `    ${netId}{{"${text}"}}` };
  });
  const priority = marks.some((m) => m.startsWith("\u26A0")) ? 0 : hostNetwork || reaches.some((r) => r.reach !== "loopback") ? 1 : 2;
  const exposes = reaches.length > 0 || hostNetwork || mountsEngineSocket(service);
  return { file, id, priority, exposes, nodes, edges, edgeCount: reaches.length * 2 + (hostNetwork ? 1 : 0) + networks.length, networks };
}
function exposureMap(files, limits2 = MAP_LIMITS) {
  const all = files.flatMap((file, f) => {
    const networkIds = /* @__PURE__ */ new Map();
    const networkId = (name) => networkIds.get(name) ?? networkIds.set(name, `f${f}n${networkIds.size}`).get(name);
    return file.project.services.map((service, s) => serviceUnit(f, `f${f}s${s}`, service, file.project, networkId));
  });
  const units = all.filter((unit) => unit.exposes);
  const unexposed = all.length - units.length;
  if (units.length === 0) return { mermaid: "", services: 0, shownServices: 0, unexposed };
  const fixed = 400 + files.reduce((n, file) => n + mermaidLabel(file.path).length + 30, 0);
  let chars = fixed;
  let edges = 0;
  const kept = /* @__PURE__ */ new Set();
  const drawnNetworks = /* @__PURE__ */ new Set();
  for (const unit of [...units].sort((a, b) => a.priority - b.priority)) {
    const newNetworks = unit.networks.filter((n) => !drawnNetworks.has(n.id));
    const size = [...unit.nodes, ...unit.edges, ...newNetworks.map((n) => n.line)].join("\n").length + unit.id.length + 2;
    if (chars + size > limits2.chars || edges + unit.edgeCount > limits2.edges) continue;
    chars += size;
    edges += unit.edgeCount;
    kept.add(unit);
    for (const n of newNetworks) drawnNetworks.add(n.id);
  }
  const shown = units.filter((u) => kept.has(u));
  const edgeLines = shown.flatMap((u) => u.edges);
  const sources = ["internet", "loopback"].filter((id) => edgeLines.some((e) => e.startsWith(`  ${id} `)));
  const lines2 = ["flowchart LR"];
  if (sources.includes("internet")) lines2.push(`  internet(("${mermaidLabel("Internet / any host interface")}"))`);
  if (sources.includes("loopback")) lines2.push(`  loopback(("${mermaidLabel("This host only (loopback)")}"))`);
  files.forEach((file, f) => {
    const inFile = shown.filter((u) => u.file === f);
    if (inFile.length === 0) return;
    lines2.push(`  subgraph f${f}["${mermaidLabel(file.path)}"]`);
    lines2.push(...inFile.flatMap((u) => u.nodes));
    lines2.push(...new Map(inFile.flatMap((u) => u.networks.map((n) => [n.id, n.line]))).values());
    lines2.push("  end");
  });
  lines2.push(...edgeLines, ...CLASS_DEFS);
  if (sources.length > 0) lines2.push(`  class ${sources.join(",")} outside`);
  for (const [priority, name] of [[0, "danger"], [1, "exposed"]]) {
    const ids = shown.filter((u) => u.priority === priority).map((u) => u.id);
    if (ids.length > 0) lines2.push(`  class ${ids.join(",")} ${name}`);
  }
  return { mermaid: lines2.join("\n"), services: units.length, shownServices: kept.size, unexposed };
}
var MAP_LIMITS, CLASS_DEFS;
var init_exposure_map = __esm({
  "src/format/exposure-map.ts"() {
    "use strict";
    init_datastores();
    init_queries();
    init_sockets();
    init_escape();
    MAP_LIMITS = { chars: 4e4, edges: 400 };
    CLASS_DEFS = [
      "  classDef danger fill:#ffe0e0,stroke:#c62828,stroke-width:2px,color:#000",
      "  classDef exposed fill:#fff4d6,stroke:#b7791f,color:#000",
      "  classDef outside fill:#e8eefc,stroke:#3451b2,color:#000"
    ];
  }
});

// src/format/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  STEP_SUMMARY_LIMIT: () => STEP_SUMMARY_LIMIT,
  formatMarkdown: () => formatMarkdown,
  markdownText: () => markdownText
});
function markdownText(text) {
  return escapeLine(text).replace(/[\\`*_[\]()~|!{}#]/g, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "@&#8203;").replace(/\\#(?=\d)/g, "#&#8203;");
}
function code(id) {
  return /^[a-z0-9-]+$/.test(id) ? `\`${id}\`` : markdownText(id);
}
function blobLink(env2, path, line) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env2;
  if (!server || !repository || !sha || !/^https?:\/\/[^\s()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha)) return void 0;
  if (path.startsWith("/") || path.startsWith("..") || /^[A-Za-z]:/.test(path)) return void 0;
  const encoded = path.split("/").map((part) => encodeURIComponent(part).replace(/[()!*']/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `${server.replace(/\/$/, "")}/${repository}/blob/${sha}/${encoded}#L${line}`;
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
function formatMarkdown(result, context) {
  const env2 = context.env ?? process.env;
  const workspace = env2.GITHUB_WORKSPACE || void 0;
  const budget = context.maxBytes ?? STEP_SUMMARY_LIMIT - 64 * 1024;
  const severity = new Map(context.rules.map((meta) => [meta.id, meta.securitySeverity]));
  const findings = result.files.flatMap((file) => {
    const path = pathFromRoot(file.path, context.cwd, workspace);
    return file.findings.map((finding) => ({ path, finding }));
  }).map((entry2, order) => ({ ...entry2, order })).sort((a, b) => LEVELS2.indexOf(a.finding.level) - LEVELS2.indexOf(b.finding.level) || (severity.get(b.finding.ruleId) ?? 0) - (severity.get(a.finding.ruleId) ?? 0) || a.order - b.order);
  const counts = Object.fromEntries(LEVELS2.map((level) => [level, findings.filter((f) => f.finding.level === level).length]));
  const filesWithFindings = result.files.filter((file) => file.findings.length > 0).length;
  const head = ["## compose-lint", ""];
  if (findings.length === 0 && result.errors.length > 0) {
    head.push(`\u274C **Not everything was checked**: ${plural(result.errors.length, "path")} could not be linted (see below); no findings in the ${plural(result.files.length, "file")} checked.`, "");
  } else if (findings.length === 0) {
    head.push(`\u2705 No problems found (${plural(result.files.length, "file")} checked).`, "");
  } else {
    const byLevel = LEVELS2.map((level) => plural(counts[level], level)).join(", ");
    head.push(`**${plural(findings.length, "problem")}** (${byLevel}) in ${plural(filesWithFindings, "file")}; ${plural(result.files.length, "file")} checked.`, "");
  }
  for (const note of context.notes ?? []) head.push(markdownText(note), "");
  if (findings.length > 0) {
    const byRule = /* @__PURE__ */ new Map();
    for (const { finding } of findings) {
      const rows = byRule.get(finding.ruleId) ?? [];
      const row = rows.find((r) => r.level === finding.level);
      if (row) row.count++;
      else rows.push({ level: finding.level, count: 1 });
      byRule.set(finding.ruleId, rows);
    }
    head.push("| Rule | Level | Findings |", "| --- | --- | ---: |");
    const ruleRows = [...byRule].flatMap(([id, rows]) => rows.map((row) => ({ id, ...row })));
    ruleRows.sort((a, b) => LEVELS2.indexOf(a.level) - LEVELS2.indexOf(b.level) || b.count - a.count || (a.id < b.id ? -1 : 1));
    for (const row of ruleRows) head.push(`| ${code(row.id)} | ${LEVEL_LABEL[row.level]} | ${row.count} |`);
    head.push("");
  }
  const tail = [];
  if (result.errors.length > 0) {
    tail.push("### Not checked", "");
    for (const error of result.errors.slice(0, MAX_PATH_ERRORS)) tail.push(`- ${markdownText(error.path)}: ${markdownText(error.message)}`);
    if (result.errors.length > MAX_PATH_ERRORS) tail.push(`- \u2026 and ${result.errors.length - MAX_PATH_ERRORS} more`);
    tail.push("");
  }
  const mapped = result.files.flatMap((file) => file.project ? [{ path: pathFromRoot(file.path, context.cwd, workspace), project: file.project }] : []);
  const map = exposureMap(mapped, MAP_LIMITS);
  tail.push("### Exposure map", "");
  const unexposed = map.unexposed > 0 ? ` (${plural(map.unexposed, "service")} not drawn: ${map.unexposed === 1 ? "it exposes" : "they expose"} nothing)` : "";
  if (map.services === 0) {
    tail.push(`No service publishes a port, mounts an engine socket or uses the host network${unexposed}.`, "");
  } else {
    tail.push(
      `From the outside world through each published host port to its service, and from each service to its networks, for the services that publish a port, mount an engine socket or use the host network${unexposed}. Red: exposed database, Docker socket or privileged; yellow: reachable from outside the host.`,
      "",
      "```mermaid",
      map.mermaid,
      "```",
      ""
    );
    if (map.shownServices < map.services) {
      tail.push(`_The map shows ${map.shownServices} of ${plural(map.services, "service")}, the most exposed first; the rest would go over GitHub's diagram size limit._`, "");
    }
  }
  tail.push(`<sub>compose-lint ${markdownText(version)}</sub>`);
  const table = [];
  if (findings.length > 0) {
    const report = context.fullReport ? `the SARIF report (${markdownText(context.fullReport)})` : "the SARIF report";
    const truncationNote = (left) => `_${plural(left, "more finding")} not listed (the table shows the most severe): see ${report} or the log of this step._`;
    const maxRows = context.maxRows ?? MAX_ROWS;
    const tableHead = ["### Findings", "", "| Location | Level | Rule | Message |", "| --- | --- | --- | --- |"];
    let used = utf8Length([...head, ...tail, ...tableHead, truncationNote(findings.length), ""].join("\n")) + 8;
    let shown = 0;
    const rows = [];
    for (const { path, finding } of findings) {
      const row = findingRow(env2, path, finding);
      const size = utf8Length(row) + 1;
      if (used + size > budget || shown >= maxRows) break;
      used += size;
      rows.push(row);
      shown++;
    }
    table.push(...tableHead, ...rows, "");
    if (shown < findings.length) table.push(truncationNote(findings.length - shown), "");
  }
  return [...head, ...table, ...tail].join("\n") + "\n";
}
function findingRow(env2, path, finding) {
  const where = `${markdownText(path)}:${finding.span.line}`;
  const link = blobLink(env2, path, finding.span.line);
  const location = link ? `[${where}](${link})` : where;
  return `| ${location} | ${LEVEL_LABEL[finding.level]} | ${code(finding.ruleId)} | ${markdownText(finding.message)} |`;
}
var STEP_SUMMARY_LIMIT, LEVELS2, LEVEL_LABEL, MAX_PATH_ERRORS, MAX_ROWS;
var init_markdown = __esm({
  "src/format/markdown.ts"() {
    "use strict";
    init_meta();
    init_escape();
    init_exposure_map();
    init_paths();
    init_words();
    STEP_SUMMARY_LIMIT = 1024 * 1024;
    LEVELS2 = ["error", "warning", "note"];
    LEVEL_LABEL = { error: "\u{1F534} error", warning: "\u{1F7E0} warning", note: "\u{1F535} note" };
    MAX_PATH_ERRORS = 100;
    MAX_ROWS = 50;
  }
});

// src/format/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
function contains(outer, inner) {
  const starts = outer.line < inner.line || outer.line === inner.line && outer.column <= inner.column;
  const ends = outer.endLine > inner.line || outer.endLine === inner.line && outer.endColumn >= inner.column;
  return starts && ends;
}
function offendingText(lines2, finding) {
  const { line, column, endLine, endColumn } = finding.span;
  const source = (lines2[line - 1] ?? "").replace(/\r$/, "");
  if (finding.redact) return source.slice(0, column - 1).trim();
  return source.slice(column - 1, endLine === line ? endColumn - 1 : void 0).trim();
}
function fingerprintParts(file, path = file.path) {
  const lines2 = file.text.split("\n");
  const services = file.project?.services ?? [];
  return file.findings.map((finding) => ({
    ruleId: finding.ruleId,
    path,
    service: services.find((service) => contains(service.span, finding.span))?.name.value ?? "",
    value: offendingText(lines2, finding)
  }));
}
function findingFingerprints(file, path = file.path) {
  const seen = /* @__PURE__ */ new Map();
  return fingerprintParts(file, path).map((parts) => {
    const key = [parts.ruleId, parts.path, parts.service, parts.value].join("\0");
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return createHash2("sha256").update(`${key}\0${occurrence}`).digest("hex").slice(0, 32);
  });
}
var init_fingerprint = __esm({
  "src/format/fingerprint.ts"() {
    "use strict";
  }
});

// src/format/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  formatSarif: () => formatSarif
});
import { readFileSync as readFileSync2 } from "node:fs";
import { pathToFileURL } from "node:url";
function ruleMarkdown(meta) {
  try {
    return readFileSync2(ruleDocPath(meta.id), "utf8");
  } catch {
    return meta.help;
  }
}
function ruleName(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_, _dash, ch) => ch.toUpperCase());
}
function ruleDescriptor(meta) {
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.help },
    ...ruleDocUrl(meta.id) ? { helpUri: ruleDocUrl(meta.id) } : {},
    help: { text: meta.help, markdown: ruleMarkdown(meta) },
    defaultConfiguration: { level: meta.level },
    properties: {
      tags: meta.tags,
      precision: "high",
      "problem.severity": meta.level === "note" ? "recommendation" : meta.level,
      "security-severity": meta.securitySeverity.toFixed(1)
    }
  };
}
var SARIF_SCHEMA, formatSarif;
var init_sarif = __esm({
  "src/format/sarif.ts"() {
    "use strict";
    init_meta();
    init_fingerprint();
    SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    formatSarif = (result, context) => {
      const rules2 = [...context.rules].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const index = new Map(rules2.map((meta, i) => [meta.id, i]));
      const results = result.files.flatMap((file) => {
        const fingerprints = findingFingerprints(file);
        return file.findings.map((finding, i) => {
          const physical = (span) => ({
            artifactLocation: { uri: encodeURI(span.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: Math.max(span.endColumn, span.column + (span.endLine === span.line ? 1 : 0)) }
          });
          const out = {
            ruleId: finding.ruleId,
            level: finding.level,
            message: { text: finding.message },
            locations: [{ physicalLocation: physical(finding.span) }],
            partialFingerprints: { "composeLint/v1": fingerprints[i] }
          };
          if (result.baseline) out.baselineState = result.baseline.unchanged.has(finding) ? "unchanged" : "new";
          const ruleIndex = index.get(finding.ruleId);
          if (ruleIndex !== void 0) out.ruleIndex = ruleIndex;
          if (finding.related.length > 0) {
            out.relatedLocations = finding.related.map((related, id) => ({ id, message: { text: related.message }, physicalLocation: physical(related.span) }));
          }
          return out;
        });
      });
      const rootUri = pathToFileURL(context.cwd).href.replace(/\/?$/, "/");
      const log = {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
          {
            tool: {
              driver: {
                name: "compose-lint",
                version,
                semanticVersion: version,
                informationUri: homepage,
                rules: rules2.map(ruleDescriptor)
              }
            },
            invocations: [
              {
                executionSuccessful: result.errors.length === 0,
                toolExecutionNotifications: result.errors.map((error) => ({
                  level: "error",
                  message: { text: `${error.path}: ${error.message}` }
                }))
              }
            ],
            originalUriBaseIds: { "%SRCROOT%": { uri: rootUri } },
            columnKind: "utf16CodeUnits",
            results
          }
        ]
      };
      return JSON.stringify(log, null, 2) + "\n";
    };
  }
});

// src/format/text.ts
var text_exports = {};
__export(text_exports, {
  formatText: () => formatText
});
function masked(source, line, secrets) {
  let out = source;
  for (const secret of secrets) {
    if (line < secret.line || line > secret.endLine) continue;
    const from = secret.line === line ? secret.column - 1 : 0;
    const to = secret.endLine === line ? secret.endColumn - 1 : out.length;
    out = out.slice(0, from) + "*".repeat(Math.max(0, Math.min(to, out.length) - from)) + out.slice(to);
  }
  return out;
}
function codeFrame(lines2, finding, secrets, paint) {
  const { line, column, endLine, endColumn } = finding.span;
  const original = lines2[line - 1];
  if (original === void 0) return [];
  const source = masked(original, line, secrets);
  const shown = (text) => escapeLine(text.replace(/\t/g, " ").replace(/\r$/, ""));
  const visible2 = shown(source);
  const start = shown(source.slice(0, column - 1)).length;
  const stop = endLine === line ? shown(source.slice(0, Math.max(column, endColumn) - 1)).length : visible2.trimEnd().length;
  const width = Math.max(1, stop - start);
  const gutter = String(line).length;
  const bar = paint(ANSI.dim, "|");
  return [
    `  ${" ".repeat(gutter)} ${bar}`,
    `  ${paint(ANSI.dim, String(line))} ${bar} ${visible2}`,
    `  ${" ".repeat(gutter)} ${bar} ${" ".repeat(start)}${paint(LEVEL_COLOR[finding.level], "^".repeat(width))}`
  ];
}
var ANSI, LEVEL_COLOR, formatText;
var init_text = __esm({
  "src/format/text.ts"() {
    "use strict";
    init_escape();
    init_words();
    ANSI = { reset: "\x1B[0m", bold: "\x1B[1m", dim: "\x1B[2m", red: "\x1B[31m", yellow: "\x1B[33m", cyan: "\x1B[36m", green: "\x1B[32m" };
    LEVEL_COLOR = { error: ANSI.red, warning: ANSI.yellow, note: ANSI.cyan };
    formatText = (result, context) => {
      const paint = (code3, text) => context.color ? `${code3}${text}${ANSI.reset}` : text;
      const out = [];
      const counts = { error: 0, warning: 0, note: 0 };
      let filesWithFindings = 0;
      for (const file of result.files) {
        if (file.findings.length === 0) continue;
        filesWithFindings++;
        const lines2 = file.text.split("\n");
        const secrets = file.findings.filter((f) => f.redact).map((f) => f.span);
        out.push(paint(ANSI.bold, escapeLine(file.path)));
        for (const finding of file.findings) {
          counts[finding.level]++;
          const position = `${finding.span.line}:${finding.span.column}`;
          out.push(
            `  ${position.padEnd(7)} ${paint(LEVEL_COLOR[finding.level], finding.level.padEnd(7))} ${escapeLine(finding.message)}  ${paint(ANSI.dim, finding.ruleId)}`
          );
          out.push(...codeFrame(lines2, finding, secrets, paint));
          for (const related of finding.related) {
            out.push(`  ${paint(ANSI.dim, `  note: ${escapeLine(related.message)} (${escapeLine(related.span.file)}:${related.span.line}:${related.span.column})`)}`);
          }
        }
        out.push("");
      }
      for (const error of result.errors) out.push(`${paint(ANSI.red, "error")} ${escapeLine(error.path)}: ${escapeLine(error.message)}`);
      if (result.errors.length > 0) out.push("");
      const total = counts.error + counts.warning + counts.note;
      const unreadable2 = result.errors.length > 0 ? `, ${plural(result.errors.length, "path")} not linted` : "";
      const checked = `${plural(result.files.length, "file")} checked${unreadable2}`;
      if (total === 0 && result.errors.length > 0) {
        out.push(paint(ANSI.red, `Not everything was linted: no findings in what could be read (${checked}).`));
      } else if (total === 0) {
        out.push(paint(ANSI.green, `No problems found (${checked}).`));
      } else {
        const summary = `${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")}) in ${plural(filesWithFindings, "file")}; ${checked}.`;
        out.push(paint(counts.error > 0 ? ANSI.red : ANSI.yellow, summary));
      }
      return out.join("\n") + "\n";
    };
  }
});

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
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
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
        const lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
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
            lines2.push(`%TAG ${handle} ${prefix}`);
        }
        return lines2.join("\n");
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
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
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
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
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
                const code3 = json.substr(i + 2, 4);
                switch (code3) {
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
                    if (code3.substr(0, 2) === "00")
                      str += "\\x" + code3.substr(2);
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
var require_stringify2 = __commonJS({
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
    var stringify = require_stringify2();
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
    var stringify = require_stringify2();
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
    var stringify = require_stringify2();
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
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines2.push(blockItemPrefix + str2);
      }
      let str;
      if (lines2.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          const line = lines2[i];
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
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, false);
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
        reqNewline || (reqNewline = lines2.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines2.push(str);
        linesAtValue = lines2.length;
      }
      const { start, end } = flowChars;
      if (lines2.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines2)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines2.push(ic.trimStart());
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
var require_string2 = __commonJS({
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
    var string = require_string2();
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
          const lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines2[i] = str.substr(o, lineWidth);
          }
          str = lines2.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
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
    var string = require_string2();
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
    var string = require_string2();
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
    var string = require_string2();
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
    var stringify = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines2 = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines2.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines2.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines2.length !== 1)
          lines2.unshift("");
        const cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines2.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---") {
          lines2[lines2.length - 1] = `--- ${body}`;
        } else
          lines2.push(body);
      } else {
        lines2.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines2.push("...");
            lines2.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines2.push(`... ${cs}`);
          }
        } else {
          lines2.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "")
            lines2.push("");
          lines2.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines2.join("\n") + "\n";
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
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
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
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
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
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
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
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
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
      constructor(name, pos, code3, message) {
        super();
        this.name = name;
        this.code = code3;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLParseError", pos, code3, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLWarning", pos, code3, message);
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
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
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
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
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
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
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
        let sep4 = "";
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
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
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
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
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
        if (!isMap2 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
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
              if (sep4)
                for (const st of sep4) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
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
      const lines2 = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        const content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines2.length > 0 ? "\n".repeat(Math.max(1, lines2.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines2[i];
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
      for (let i = lines2.length - 1; i >= chompStart; --i) {
        if (lines2[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines2[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
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
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value += "\n" + lines2[i][0].slice(trimIndent);
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
      const lines2 = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines2.push([split[i], split[i + 1]]);
      return lines2;
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
      const _onError = (rel, code3, msg) => onError(offset + rel, code3, msg);
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
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
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
      const code3 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code3);
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
        this.onError = (source, code3, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code3, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code3, message));
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
        const _onError = (pos, code3, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code3, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code3, message);
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
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
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
          let sep4;
          if (scalar2.end) {
            sep4 = scalar2.end;
            sep4.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep4 }]
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
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
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
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
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

// src/format/json.ts
var json_exports = {};
__export(json_exports, {
  formatJson: () => formatJson
});
var formatJson;
var init_json = __esm({
  "src/format/json.ts"() {
    "use strict";
    formatJson = (result) => JSON.stringify(
      {
        files: result.files.map((file) => ({
          path: file.path,
          findings: file.findings.map((f) => ({
            ruleId: f.ruleId,
            level: f.level,
            message: f.message,
            line: f.span.line,
            column: f.span.column,
            endLine: f.span.endLine,
            endColumn: f.span.endColumn,
            related: f.related.map((r) => ({ message: r.message, line: r.span.line, column: r.span.column, file: r.span.file }))
          }))
        })),
        errors: result.errors
      },
      null,
      2
    ) + "\n";
  }
});

// src/format/xml.ts
function visible(text) {
  return text.replace(FORBIDDEN, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);
}
function xmlText(text) {
  return visible(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function xmlAttribute(text) {
  return xmlText(String(text)).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
var FORBIDDEN, XML_DECLARATION;
var init_xml = __esm({
  "src/format/xml.ts"() {
    "use strict";
    FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
    XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
  }
});

// src/format/junit.ts
var junit_exports = {};
__export(junit_exports, {
  formatJunit: () => formatJunit
});
var formatJunit;
var init_junit = __esm({
  "src/format/junit.ts"() {
    "use strict";
    init_xml();
    formatJunit = (result, context) => {
      const help = new Map(context.rules.map((meta) => [meta.id, meta.help]));
      const suites = [];
      let tests = 0;
      let failures = 0;
      for (const file of result.files) {
        const cases = [];
        const name = xmlAttribute(file.path);
        for (const f of file.findings) {
          const where = `${file.path}:${f.span.line}:${f.span.column}`;
          const body = [`${where}: ${f.level}: ${f.message} (${f.ruleId})`, ...f.related.map((r) => `  note: ${r.message} (${r.span.file}:${r.span.line}:${r.span.column})`), "", help.get(f.ruleId) ?? ""];
          cases.push(
            `    <testcase name="${xmlAttribute(`${f.ruleId} at ${f.span.line}:${f.span.column}`)}" classname="${name}" file="${name}" line="${f.span.line}">`,
            `      <failure type="${f.level}" message="${xmlAttribute(f.message)}">${xmlText(body.join("\n").trimEnd())}</failure>`,
            "    </testcase>"
          );
        }
        const failed = new Set(file.findings.map((f) => f.ruleId));
        const passed = context.rules.filter((meta) => !failed.has(meta.id));
        for (const meta of passed) cases.push(`    <testcase name="${xmlAttribute(meta.id)}" classname="${name}" file="${name}"/>`);
        const count2 = file.findings.length + passed.length;
        tests += count2;
        failures += file.findings.length;
        suites.push(`  <testsuite name="${name}" tests="${count2}" failures="${file.findings.length}" errors="0" skipped="0">`, ...cases, "  </testsuite>");
      }
      if (result.errors.length > 0) {
        suites.push(`  <testsuite name="compose-lint paths" tests="${result.errors.length}" failures="0" errors="${result.errors.length}" skipped="0">`);
        for (const error of result.errors) {
          suites.push(`    <testcase name="${xmlAttribute(error.path)}" classname="compose-lint paths">`, `      <error message="${xmlAttribute(error.message)}"/>`, "    </testcase>");
        }
        suites.push("  </testsuite>");
        tests += result.errors.length;
      }
      const totals = `tests="${tests}" failures="${failures}" errors="${result.errors.length}"`;
      return [XML_DECLARATION, `<testsuites name="compose-lint" ${totals}>`, ...suites, "</testsuites>"].join("\n") + "\n";
    };
  }
});

// src/format/gitlab.ts
var gitlab_exports = {};
__export(gitlab_exports, {
  codeQualitySeverity: () => codeQualitySeverity,
  formatGitlab: () => formatGitlab
});
function codeQualitySeverity(level, meta) {
  const score = meta?.securitySeverity ?? 5;
  if (level === "error") return score >= 9 ? "blocker" : "critical";
  if (level === "warning") return score < 4 ? "minor" : "major";
  return "info";
}
function formatGitlab(result, context) {
  const root = (context.env ?? process.env).CI_PROJECT_DIR || void 0;
  const metas = new Map(context.rules.map((meta) => [meta.id, meta]));
  const issues = result.files.flatMap((file) => {
    const path = pathFromRoot(file.path, context.cwd, root);
    const fingerprints = findingFingerprints(file, path);
    return file.findings.map((finding, i) => {
      const meta = metas.get(finding.ruleId);
      return {
        type: "issue",
        engine_name: "compose-lint",
        check_name: finding.ruleId,
        description: finding.message,
        categories: meta?.tags.includes("security") ? ["Security"] : ["Bug Risk"],
        severity: codeQualitySeverity(finding.level, meta),
        fingerprint: fingerprints[i],
        location: { path, lines: { begin: finding.span.line, end: finding.span.endLine } }
      };
    });
  });
  return JSON.stringify(issues, null, 2) + "\n";
}
var init_gitlab = __esm({
  "src/format/gitlab.ts"() {
    "use strict";
    init_fingerprint();
    init_paths();
  }
});

// src/format/checkstyle.ts
var checkstyle_exports = {};
__export(checkstyle_exports, {
  formatCheckstyle: () => formatCheckstyle
});
var SEVERITY, formatCheckstyle;
var init_checkstyle = __esm({
  "src/format/checkstyle.ts"() {
    "use strict";
    init_xml();
    SEVERITY = { error: "error", warning: "warning", note: "info" };
    formatCheckstyle = (result) => {
      const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
      for (const file of result.files) {
        if (file.findings.length === 0) {
          out.push(`  <file name="${xmlAttribute(file.path)}"/>`);
          continue;
        }
        out.push(`  <file name="${xmlAttribute(file.path)}">`);
        for (const f of file.findings) {
          out.push(
            `    <error line="${f.span.line}" column="${f.span.column}" severity="${SEVERITY[f.level]}" message="${xmlAttribute(f.message)}" source="compose-lint.${xmlAttribute(f.ruleId)}"/>`
          );
        }
        out.push("  </file>");
      }
      for (const error of result.errors) {
        out.push(`  <file name="${xmlAttribute(error.path)}">`);
        out.push(`    <error severity="error" message="${xmlAttribute(error.message)}" source="compose-lint.path"/>`);
        out.push("  </file>");
      }
      out.push("</checkstyle>");
      return out.join("\n") + "\n";
    };
  }
});

// src/format/compact.ts
var compact_exports = {};
__export(compact_exports, {
  formatCompact: () => formatCompact
});
var formatCompact;
var init_compact = __esm({
  "src/format/compact.ts"() {
    "use strict";
    init_escape();
    formatCompact = (result) => result.files.flatMap(
      (file) => file.findings.map((f) => `${escapeLine(file.path)}:${f.span.line}:${f.span.column}: ${f.level}: ${escapeLine(f.message)} [${escapeLine(f.ruleId)}]
`)
    ).join("");
  }
});

// src/format/columns.ts
function utf8Column(lineText, column) {
  return Buffer.byteLength(lineText.slice(0, column - 1), "utf8") + 1;
}
function codePointColumn(lineText, column) {
  return Array.from(lineText.slice(0, column - 1)).length + 1;
}
var init_columns = __esm({
  "src/format/columns.ts"() {
    "use strict";
  }
});

// src/format/rdjson.ts
var rdjson_exports = {};
__export(rdjson_exports, {
  formatRdjson: () => formatRdjson
});
var SEVERITY2, formatRdjson;
var init_rdjson = __esm({
  "src/format/rdjson.ts"() {
    "use strict";
    init_meta();
    init_columns();
    init_escape();
    SEVERITY2 = { error: "ERROR", warning: "WARNING", note: "INFO" };
    formatRdjson = (result) => {
      const texts = new Map(result.files.map((file) => [file.path, file.text.split("\n")]));
      const position = (span, line, column) => ({ line, column: utf8Column(texts.get(span.file)?.[line - 1] ?? "", column) });
      const range = (span) => ({ start: position(span, span.line, span.column), end: position(span, span.endLine, span.endColumn) });
      const diagnostics = result.files.flatMap(
        (file) => file.findings.map((finding) => {
          const url = ruleDocUrl(finding.ruleId);
          return {
            message: escapeControl(finding.message),
            location: { path: file.path, range: range({ ...finding.span, file: file.path }) },
            severity: SEVERITY2[finding.level],
            code: url ? { value: finding.ruleId, url } : { value: finding.ruleId },
            ...finding.related.length > 0 ? { related_locations: finding.related.map((related) => ({ message: escapeControl(related.message), location: { path: related.span.file, range: range(related.span) } })) } : {}
          };
        })
      );
      return JSON.stringify({ source: { name: "compose-lint", url: "https://www.npmjs.com/package/compose-lint" }, diagnostics }, null, 2) + "\n";
    };
  }
});

// src/format/codeclimate.ts
var codeclimate_exports = {};
__export(codeclimate_exports, {
  formatCodeclimate: () => formatCodeclimate
});
import { readFileSync as readFileSync3 } from "node:fs";
function ruleContent(meta, id) {
  try {
    return readFileSync3(ruleDocPath(id), "utf8");
  } catch {
    return meta?.help ?? id;
  }
}
var BASE_REMEDIATION_POINTS, formatCodeclimate;
var init_codeclimate = __esm({
  "src/format/codeclimate.ts"() {
    "use strict";
    init_meta();
    init_columns();
    init_escape();
    init_fingerprint();
    init_gitlab();
    BASE_REMEDIATION_POINTS = 5e4;
    formatCodeclimate = (result, context) => {
      const metas = new Map(context.rules.map((meta) => [meta.id, meta]));
      const texts = new Map(result.files.map((file) => [file.path, file.text.split("\n")]));
      const contents = /* @__PURE__ */ new Map();
      const location = (span) => {
        const lines2 = texts.get(span.file) ?? [];
        return {
          path: span.file,
          positions: {
            begin: { line: span.line, column: codePointColumn(lines2[span.line - 1] ?? "", span.column) },
            end: { line: span.endLine, column: codePointColumn(lines2[span.endLine - 1] ?? "", span.endColumn) }
          }
        };
      };
      return result.files.flatMap((file) => {
        const fingerprints = findingFingerprints(file);
        return file.findings.map((finding, i) => {
          const meta = metas.get(finding.ruleId);
          if (!contents.has(finding.ruleId)) contents.set(finding.ruleId, escapeControl(ruleContent(meta, finding.ruleId)));
          const issue = {
            type: "issue",
            check_name: finding.ruleId,
            // The spec wants one line of text without HTML.
            description: escapeLine(finding.message),
            content: { body: contents.get(finding.ruleId) },
            categories: meta?.tags.includes("security") ? ["Security"] : ["Bug Risk"],
            location: location({ ...finding.span, file: file.path }),
            ...finding.related.length > 0 ? { other_locations: finding.related.map((related) => location(related.span)) } : {},
            remediation_points: BASE_REMEDIATION_POINTS,
            severity: codeQualitySeverity(finding.level, meta),
            fingerprint: fingerprints[i]
          };
          return `${JSON.stringify(issue)}\0
`;
        });
      }).join("");
    };
  }
});

// action/main.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname6, isAbsolute as isAbsolute3, relative as relative4, resolve as resolve6 } from "node:path";

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
function spanOf(at) {
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
            const span = spanOf(descriptor.at);
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

// action/main.ts
init_escape();
init_github();
init_markdown();
init_sarif();
init_text();
init_words();

// src/lint.ts
import { readFile as readFile2 } from "node:fs/promises";

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
  const lines2 = file.text.split(/\r?\n/);
  for (const group of chosen.values()) {
    const first = group[0];
    const span = spanOf2(file, first.path, first.part);
    if (first.part === "value" && isReset(lines2, span)) continue;
    const where = `${span.line}:${span.column}:${span.endLine}:${span.endColumn}`;
    if (seen.has(where)) continue;
    seen.add(where);
    problems.push({ span, message: messageFor(group, file.data) });
  }
  return problems.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}
function isReset(lines2, span) {
  const before = lines2[span.line - 1]?.slice(0, span.column - 1) ?? "";
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
function spanOf2(file, path, part) {
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
      return `${code2(String(path.at(-1)))} is not a valid ${noun} in ${code2(formatPath(path.slice(0, -1)))}: use only letters, digits, \`.\`, \`_\` and \`-\`.`;
    }
    case "pattern":
      return `${describePath(path)} must be ${nodeOf(error).expected ?? "a different value"}, not ${describeValue(valueAt(data, path))}.`;
    case "required": {
      const missing = group.map((g) => code2(g.error.params.missingProperty ?? "?"));
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
  const where = parent.length === 0 ? `unknown top-level key ${code2(key)}` : `unknown key ${code2(key)} in ${code2(formatPath(parent))}`;
  const suggestion = closest(key, node.keys ?? []);
  if (suggestion) return `${where}; did you mean ${code2(suggestion)}?`;
  const home = node.nested?.[key];
  if (home) return `${where}; it belongs under ${code2(home)} (${code2(`${home}.${key}`)}).`;
  if (parent.length === 0 && isServiceLike(value)) {
    return `${where}: it looks like a service, and services must be listed under ${code2("services")} (the version 1 format without it is no longer supported).`;
  }
  return `${where}: Compose rejects keys the specification does not define (custom keys must start with ${code2("x-")}).`;
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
  return path.length === 0 ? "the file" : code2(formatPath(path));
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
function code2(text) {
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
init_sockets();
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
init_sockets();
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
function normalise2(source) {
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
  const path = normalise2(mount.source);
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
  const lines2 = text.split("\n");
  for (let line = within.line; line <= within.endLine && line <= lines2.length; line++) {
    const source = lines2[line - 1];
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
init_datastores();
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
init_queries();
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
      const open2 = reaches.find((r) => r.reach !== "loopback");
      const hostNetwork = service.networkMode?.value.trim() === "host";
      const level = open2 || hostNetwork ? "error" : "warning";
      const where = hostNetwork ? " on the host network, so on every interface of the host" : open2 ? `, and its port ${describePort(open2.port)} is published beyond loopback` : "";
      for (const switched of authenticationSwitchedOff(service)) {
        report({
          at: switched.at,
          ...level === "warning" ? { level } : {},
          service: service.name.value,
          message: (who) => `${who} sets \`${switched.setting}\`: ${switched.what}${where}. ${switched.fix}.`
        });
      }
      const unconfigured = openWithoutConfiguration(service);
      const published = open2 ?? reaches[0];
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
init_queries();
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
  const lines2 = [service.entrypoint, service.command].filter((l) => l !== void 0);
  const runsDockerd = lines2.some((l) => /(^|[\s/])dockerd(\s|$)/.test(l.text));
  if (!dind && !runsDockerd) return void 0;
  const daemon = { plaintext: [], tls: /* @__PURE__ */ new Set() };
  const certDir = envValue(service, "DOCKER_TLS_CERTDIR");
  const tlsDisabled = certDir !== void 0 && certDir.value.trim() === "";
  const firstArg = service.command?.args[0]?.value;
  const entrypointAddsFlags = dind && !service.entrypoint && (firstArg === void 0 || firstArg.startsWith("-"));
  for (const line of lines2) {
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
init_datastores();
init_queries();
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
init_datastores();
init_queries();
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
init_queries();
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
function normalise3(path) {
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
        const path = normalise3(device.source.value);
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
init_queries();
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

// src/lint.ts
init_discover();

// src/load/index.ts
import { readFile } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";
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
  convert(input2) {
    const node = this.resolve(input2);
    if (!node) return this.nullAt(input2);
    const cached = this.done.get(node);
    if (cached) return cached;
    if (this.inProgress.has(node)) {
      this.problems.push({ span: this.nodeSpan(input2), message: "an alias refers to a node that contains it" });
      return this.nullAt(input2);
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
init_queries();
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
    return parseEnv(await readFile(join2(dirname2(composePath), ".env"), "utf8"));
  } catch {
    return {};
  }
}

// src/lint.ts
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

// src/baseline.ts
init_fingerprint();
init_words();
import { lstat, readFile as readFile3 } from "node:fs/promises";
import { dirname as dirname4, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// src/safe-write.ts
import { constants } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";
var SafeWriteError = class extends Error {
};
async function writeFileNoFollow(file, text) {
  let handle;
  try {
    await mkdir(dirname3(file), { recursive: true });
    handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW, 420);
  } catch (error) {
    const code3 = error.code;
    throw new SafeWriteError(code3 === "ELOOP" ? "it is a symbolic link" : `cannot write it (${code3 ?? "error"})`);
  }
  try {
    if (!(await handle.stat()).isFile()) throw new SafeWriteError("not a regular file");
    await handle.truncate(0);
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

// src/baseline.ts
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
};
function fromBaselineDir(baselineFile, cwd, reported2) {
  const rel = relative2(dirname4(baselineFile), resolve3(cwd, reported2));
  return rel.split(sep2).join("/");
}
function baselineEntries(result, baselineFile, cwd) {
  return result.files.flatMap((file) => {
    const path = fromBaselineDir(baselineFile, cwd, file.path);
    const fingerprints = findingFingerprints(file, path);
    const parts = fingerprintParts(file, path);
    return file.findings.map((finding, i) => ({
      fingerprint: fingerprints[i],
      ruleId: finding.ruleId,
      path,
      ...parts[i].service ? { service: parts[i].service } : {},
      line: finding.span.line,
      message: finding.message
    }));
  });
}
function isEntry(value) {
  if (typeof value !== "object" || value === null) return false;
  const entry2 = value;
  return typeof entry2.fingerprint === "string" && typeof entry2.ruleId === "string" && typeof entry2.path === "string";
}
function parseBaseline(text, name) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`baseline ${name} is not valid JSON (${error.message})`);
  }
  const file = data;
  if (typeof data !== "object" || data === null || file.tool !== "compose-lint" || !Array.isArray(file.findings)) {
    throw new BaselineError(`baseline ${name} is not a compose-lint baseline (write one with --write-baseline)`);
  }
  if (file.version !== BASELINE_VERSION) throw new BaselineError(`baseline ${name} has version ${JSON.stringify(file.version)}; this compose-lint reads version ${BASELINE_VERSION}`);
  const bad = file.findings.findIndex((entry2) => !isEntry(entry2));
  if (bad >= 0) throw new BaselineError(`baseline ${name}: entry ${bad + 1} has no fingerprint, ruleId or path`);
  return file.findings;
}
async function readBaseline(file, name) {
  let text;
  try {
    text = await readFile3(file, "utf8");
  } catch (error) {
    throw new BaselineError(`cannot read baseline ${name} (${error.code ?? "error"})`);
  }
  return parseBaseline(text, name);
}
async function exists(file) {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
async function compareWithBaseline(result, entries2, baselineFile, cwd, name) {
  const recorded = new Set(entries2.map((entry2) => entry2.fingerprint));
  const current = /* @__PURE__ */ new Set();
  const unchanged = /* @__PURE__ */ new Set();
  const checked = /* @__PURE__ */ new Set();
  for (const file of result.files) {
    const path = fromBaselineDir(baselineFile, cwd, file.path);
    checked.add(path);
    findingFingerprints(file, path).forEach((fingerprint, i) => {
      current.add(fingerprint);
      if (recorded.has(fingerprint)) unchanged.add(file.findings[i]);
    });
  }
  const fixed = [];
  for (const entry2 of entries2) {
    if (current.has(entry2.fingerprint)) continue;
    if (checked.has(entry2.path) || !await exists(resolve3(dirname4(baselineFile), entry2.path))) fixed.push(entry2);
  }
  return { name, unchanged, fixed };
}
function withoutBaselined(result, comparison) {
  return { ...result, files: result.files.map((file) => ({ ...file, findings: file.findings.filter((f) => !comparison.unchanged.has(f)) })) };
}
async function baselineText(result, baselineFile, cwd, previous = []) {
  const entries2 = baselineEntries(result, baselineFile, cwd);
  const checked = new Set(result.files.map((file) => fromBaselineDir(baselineFile, cwd, file.path)));
  for (const entry2 of previous) {
    if (!checked.has(entry2.path) && await exists(resolve3(dirname4(baselineFile), entry2.path))) entries2.push(entry2);
  }
  entries2.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return JSON.stringify({ tool: "compose-lint", version: BASELINE_VERSION, findings: entries2 }, null, 2) + "\n";
}
async function writeBaselineFile(file, name, text) {
  try {
    await writeFileNoFollow(file, text);
  } catch (error) {
    if (error instanceof SafeWriteError) throw new BaselineError(`will not write baseline ${name}: ${error.message}`);
    throw error;
  }
}
var FIXED_LISTED = 20;
async function applyBaseline(result, options) {
  const messages = [];
  let full = result;
  let shown = result;
  let read;
  if (options.baseline !== void 0) {
    const file = resolve3(options.cwd, options.baseline);
    read = await readBaseline(file, options.baseline);
    const comparison = await compareWithBaseline(result, read, file, options.cwd, options.baseline);
    full = { ...result, baseline: comparison };
    shown = withoutBaselined(result, comparison);
    const fixed = comparison.fixed.length;
    messages.push(
      `baseline ${options.baseline}: ${plural(comparison.unchanged.size, "recorded finding")} not shown` + (fixed > 0 ? `, ${plural(fixed, "recorded finding")} fixed (run --write-baseline ${options.baseline} to drop ${fixed === 1 ? "it" : "them"})` : "")
    );
    for (const entry2 of comparison.fixed.slice(0, FIXED_LISTED)) {
      messages.push(`  fixed: ${entry2.path}${entry2.service ? ` service "${entry2.service}"` : ""}: ${entry2.ruleId} (recorded at line ${entry2.line})`);
    }
    if (fixed > FIXED_LISTED) messages.push(`  and ${plural(fixed - FIXED_LISTED, "more fixed finding")}`);
  }
  if (options.writeBaseline !== void 0) {
    const file = resolve3(options.cwd, options.writeBaseline);
    let previous = [];
    if (await exists(file)) previous = options.baseline !== void 0 && resolve3(options.cwd, options.baseline) === file ? read : await readBaseline(file, options.writeBaseline).catch(() => []);
    await writeBaselineFile(file, options.writeBaseline, await baselineText(result, file, options.cwd, previous));
    const count2 = result.files.reduce((sum, f) => sum + f.findings.length, 0);
    messages.push(`wrote baseline ${options.writeBaseline}: ${plural(count2, "finding")} recorded`);
  }
  return { full, shown, messages };
}

// src/format/index.ts
var FORMATTERS = {
  text: async () => (await Promise.resolve().then(() => (init_text(), text_exports))).formatText,
  json: async () => (await Promise.resolve().then(() => (init_json(), json_exports))).formatJson,
  sarif: async () => (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).formatSarif,
  github: async () => (await Promise.resolve().then(() => (init_github(), github_exports))).formatGithub,
  junit: async () => (await Promise.resolve().then(() => (init_junit(), junit_exports))).formatJunit,
  gitlab: async () => (await Promise.resolve().then(() => (init_gitlab(), gitlab_exports))).formatGitlab,
  checkstyle: async () => (await Promise.resolve().then(() => (init_checkstyle(), checkstyle_exports))).formatCheckstyle,
  markdown: async () => (await Promise.resolve().then(() => (init_markdown(), markdown_exports))).formatMarkdown,
  compact: async () => (await Promise.resolve().then(() => (init_compact(), compact_exports))).formatCompact,
  rdjson: async () => (await Promise.resolve().then(() => (init_rdjson(), rdjson_exports))).formatRdjson,
  codeclimate: async () => (await Promise.resolve().then(() => (init_codeclimate(), codeclimate_exports))).formatCodeclimate
};
var FORMAT_NAMES = Object.keys(FORMATTERS);
async function loadFormatter(name) {
  return FORMATTERS[name]?.();
}

// action/changed-lines.ts
import { execFileSync } from "node:child_process";
import { readFileSync as readFileSync4 } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative3, resolve as resolve4, sep as sep3 } from "node:path";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function isPullRequestEvent(eventName) {
  return PULL_REQUEST_EVENTS.has(eventName ?? "");
}
function unquoteGitPath(text) {
  if (!text.startsWith('"')) return text;
  const bytes = [];
  const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  for (let i = 1; i < text.length - 1; i++) {
    const ch = text[i];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = text[i + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function parseUnifiedDiff(diff, root) {
  const changed = /* @__PURE__ */ new Map();
  let current;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      if (target === "/dev/null") {
        current = void 0;
        continue;
      }
      const path = unquoteGitPath(target).replace(/^b\//, "");
      const absolute = resolve4(root, path);
      current = changed.get(absolute) ?? /* @__PURE__ */ new Set();
      changed.set(absolute, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count2 = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count2; n++) current.add(n);
    }
  }
  return changed;
}
function git(cwd, args) {
  const env2 = { ...process.env, GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0" };
  delete env2.GIT_EXTERNAL_DIFF;
  return execFileSync("git", ["-c", "core.fsmonitor=false", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024, env: env2 });
}
function baseFromEvent(eventName, eventPath) {
  if (!isPullRequestEvent(eventName)) return { reason: `the ${eventName ? `"${eventName}"` : "unknown"} event is not a pull request` };
  if (!eventPath) return { reason: "GITHUB_EVENT_PATH is not set" };
  let payload;
  try {
    payload = JSON.parse(readFileSync4(eventPath, "utf8"));
  } catch {
    return { reason: "the event payload could not be read" };
  }
  const base = payload.pull_request?.base?.sha;
  if (typeof base !== "string" || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(base)) return { reason: "the event payload names no base commit" };
  return { base };
}
function changeScope(workspace, env2) {
  const found = baseFromEvent(env2.GITHUB_EVENT_NAME, env2.GITHUB_EVENT_PATH);
  if ("reason" in found) return { kind: "everything", reason: found.reason };
  let root;
  try {
    root = git(workspace, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    return { kind: "everything", reason: "the workspace is not a git checkout" };
  }
  try {
    git(root, ["cat-file", "-e", `${found.base}^{commit}`]);
  } catch {
    return { kind: "everything", reason: `the base commit ${found.base.slice(0, 12)} is not in the checkout's history (use actions/checkout with fetch-depth: 0)` };
  }
  try {
    const diff = git(root, ["diff", "--no-ext-diff", "--no-textconv", "--no-color", "--unified=0", "--diff-filter=AMRC", `${found.base}...HEAD`, "--"]);
    const baseText = (absolute) => {
      const path = relative3(root, absolute).split(sep3).join("/");
      if (path.startsWith("../") || isAbsolute2(path)) return void 0;
      try {
        return git(root, ["show", "--no-textconv", `${found.base}:${path}`]);
      } catch {
        return void 0;
      }
    };
    return { kind: "changed", base: found.base, lines: parseUnifiedDiff(diff, root), baseText };
  } catch {
    return { kind: "everything", reason: "git diff against the base commit failed" };
  }
}

// action/scope.ts
init_fingerprint();
init_words();
import { dirname as dirname5, join as join3, resolve as resolve5 } from "node:path";
import { parseEnv as parseEnv2 } from "node:util";
function pullRequestFindings(result, changed, workspace, lintAtBase) {
  return {
    ...result,
    files: result.files.map((file) => {
      const lines2 = changed.get(resolve5(workspace, file.path));
      const touches = (line, endLine) => {
        for (let n = line; n <= endLine; n++) if (lines2?.has(n)) return true;
        return false;
      };
      const before = lintAtBase(file);
      const known = new Set(before ? findingFingerprints(before) : []);
      const fingerprints = findingFingerprints(file);
      return { ...file, findings: file.findings.filter((f, i) => touches(f.span.line, f.span.endLine) || !known.has(fingerprints[i])) };
    })
  };
}
async function findingsBrought(result, scope, options, workspace) {
  const { baseText, lines: lines2 } = scope;
  const dotenvs = new Map(await Promise.all(result.files.map(async (file) => [file.path, await readDotEnv(resolve5(workspace, file.path))])));
  const lintAtBase = (file) => {
    const absolute = resolve5(workspace, file.path);
    const text = baseText(absolute);
    if (text === void 0) return void 0;
    const dotenvPath = join3(dirname5(absolute), ".env");
    let dotenv = dotenvs.get(file.path);
    if (lines2.has(dotenvPath)) {
      const before = baseText(dotenvPath);
      dotenv = before === void 0 ? {} : parseEnv2(before);
    }
    return lintText(text, file.path, { ...options, env: { ...dotenv, ...options.env ?? process.env } });
  };
  return pullRequestFindings(result, lines2, workspace, lintAtBase);
}
function count(result) {
  return result.files.reduce((sum, file) => sum + file.findings.length, 0);
}
function scopeNotes(scope, all, shown) {
  if (scope === void 0) return [];
  if (scope.kind === "everything") return [`only-changed: linted and annotated everything, because ${scope.reason}.`];
  const elsewhere = count(all) - count(shown);
  return [
    `only-changed: ${plural(count(shown), "finding")} that this pull request brings (on the lines it changes, or new since ${scope.base.slice(0, 12)}) ${count(shown) === 1 ? "is" : "are"} annotated and counted; ${plural(elsewhere, "finding")} it did not bring ${elsewhere === 1 ? "is" : "are"} neither annotated nor failing the step (the SARIF report has every finding).`
  ];
}

// src/cli.ts
init_escape();

// src/cli-support.ts
init_words();

// src/cli.ts
init_meta();
var HELP = `Usage: compose-lint [options] [paths...]

Lints Docker Compose files for security problems. A path may be a file or a directory
(searched for compose*.y(a)ml and docker-compose*.y(a)ml); none means the current directory;
"-" reads standard input.

Options:
  -f, --format NAME[=FILE]  Output format (default text), one of:
                            ${FORMAT_NAMES.join(", ")}
                            Repeat for several outputs: --format text --format sarif=results.sarif
  -o, --output-file FILE    Write the output to FILE instead of standard output
      --fail-level LEVEL    Exit 1 when a finding is at or above LEVEL: error, warning, note, none
                            (default warning)
      --strict              Also run the strict rules (hardening checks, off by default)
  -q, --quiet               Report errors only (warnings and notes neither shown nor failing)
      --max-warnings N      Also exit 1 when there are more than N warnings
      --rule ID=LEVEL       Set a rule's level: error, warning, note or off (repeatable)
      --stdin-filename NAME The file name to report when reading standard input ("-")
      --no-dotenv           Do not read the .env file beside each compose file for interpolation
      --list-rules          List every rule with its level, preset and description
      --baseline FILE       Report only findings not recorded in FILE (the recorded ones do not
                            fail the run; those gone are listed as fixed)
      --write-baseline FILE Record every finding of this run in FILE and exit 0
      --color, --no-color   Force colour on or off (default: on for a terminal without NO_COLOR)
  -h, --help                Show this help
  -v, --version             Show the version

Suppress a finding with a comment on its line or the line above:
  # compose-lint ignore=no-unbound-port

Exit codes: 0 no findings at or above the fail level, 1 findings at or above it,
            2 usage error, unreadable path or no compose file found, 3 internal error.
`;
var UsageError = class extends Error {
};
function parseRuleSettings(specs) {
  const known = new Set(rules.map((r) => r.meta.id));
  const settings = {};
  for (const spec of specs) {
    const match = /^([a-z0-9-]+)[=:](error|warning|note|off)$/.exec(spec.trim());
    if (!match) throw new UsageError(`--rule expects ID=LEVEL with LEVEL error, warning, note or off; got "${spec}"`);
    if (!known.has(match[1])) throw new UsageError(`unknown rule "${match[1]}" (see --list-rules)`);
    settings[match[1]] = match[2];
  }
  return settings;
}

// action/inputs.ts
var InputError = class extends Error {
};
function input(name, env2 = process.env) {
  return (env2[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function booleanInput(name, fallback, env2 = process.env) {
  const value = input(name, env2);
  if (value === "") return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`input "${name}" must be true or false; got "${value}"`);
}
function lines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function rulesInput(env2 = process.env) {
  try {
    return parseRuleSettings(lines(input("rules", env2)));
  } catch (error) {
    throw new InputError(`input "rules": ${error.message.replace(/^--rule /, "")}`);
  }
}
function extraReportInput(env2 = process.env) {
  const format = input("format", env2);
  const output = input("output", env2);
  if (format === "" && output === "") return void 0;
  if (format === "") throw new InputError(`input "output" needs input "format" (one of: ${FORMAT_NAMES.join(", ")})`);
  if (output === "") throw new InputError(`input "format" needs input "output", the file to write the ${format} report to`);
  if (!FORMAT_NAMES.includes(format)) throw new InputError(`input "format" must be one of: ${FORMAT_NAMES.join(", ")}; got "${format}"`);
  return { format, output };
}

// action/main.ts
function setOutputs(file, outputs) {
  if (!file) return;
  const text = Object.entries(outputs).map(([name, value]) => {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    return `${name}<<${delimiter}
${value}
${delimiter}
`;
  }).join("");
  appendFileSync(file, text);
}
async function run() {
  const env2 = process.env;
  const workspace = resolve6(env2.GITHUB_WORKSPACE || process.cwd());
  const failLevel = input("fail-level") || "warning";
  const failing = FAIL_LEVELS[failLevel];
  if (!failing) throw new InputError(`input "fail-level" must be error, warning, note or none; got "${failLevel}"`);
  const annotate = booleanInput("annotations", true);
  const summarize = booleanInput("summary", true);
  const sarifInput = input("sarif-file");
  const paths = input("paths").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const strict = booleanInput("strict", false);
  const rules2 = rulesInput();
  const baselineInput = input("baseline");
  const extra = extraReportInput();
  const onlyChanged = booleanInput("only-changed", isPullRequestEvent(env2.GITHUB_EVENT_NAME));
  const options = { cwd: workspace, strict, rules: rules2 };
  const linted = await lintFiles(paths, options);
  const context = { rules: [...BUILTIN_META, ...enabledRules(options).map((r) => r.rule.meta)], cwd: workspace, color: false, env: env2 };
  let baselined;
  try {
    baselined = await applyBaseline(linted, { baseline: baselineInput || void 0, cwd: workspace });
  } catch (error) {
    throw error instanceof BaselineError ? new InputError(`input "baseline": ${error.message}`) : error;
  }
  const scope = onlyChanged ? changeScope(workspace, env2) : void 0;
  const result = scope?.kind === "changed" ? await findingsBrought(baselined.shown, scope, options, workspace) : baselined.shown;
  const notes = [...baselined.messages, ...scopeNotes(scope, baselined.shown, result)];
  if (notes.length > 0) {
    const token = `compose-lint-${randomUUID()}`;
    process.stdout.write(`::stop-commands::${token}
${notes.map((note) => `compose-lint: ${escapeLine(note)}`).join("\n")}
::${token}::
`);
  }
  const plan = planAnnotations(result, context);
  const placed = plan.placed;
  if (annotate) {
    process.stdout.write(formatGithub(result, context));
  } else {
    const token = `compose-lint-${randomUUID()}`;
    process.stdout.write(`::stop-commands::${token}
${formatText(result, context)}::${token}::
`);
  }
  let sarifFile = "";
  if (sarifInput) {
    sarifFile = resolve6(workspace, sarifInput);
    mkdirSync(dirname6(sarifFile), { recursive: true });
    writeFileSync(sarifFile, formatSarif(baselined.full, context));
  }
  if (extra) {
    const formatter = await loadFormatter(extra.format);
    const target = resolve6(workspace, extra.output);
    if (relative4(workspace, target).startsWith("..") || isAbsolute3(relative4(workspace, target))) throw new InputError(`input "output" must be a path inside the workspace; got "${extra.output}"`);
    try {
      await writeFileNoFollow(target, formatter(extra.format === "sarif" ? baselined.full : baselined.shown, context));
    } catch (error) {
      throw error instanceof SafeWriteError ? new InputError(`input "output": will not write ${extra.output}: ${error.message}`) : error;
    }
  }
  if (summarize && env2.GITHUB_STEP_SUMMARY) {
    const left = notAnnotated(plan);
    const notAnnotatedNote = annotate && left > 0 ? [`${plural(left, "finding")} not annotated on the diff (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step): see the table below and the log of this step.`] : [];
    const markdown = formatMarkdown(result, { ...context, notes: [...notes, ...notAnnotatedNote], ...sarifInput ? { fullReport: sarifInput } : {} });
    appendFileSync(env2.GITHUB_STEP_SUMMARY, markdown);
  }
  const count2 = (level) => placed.filter((p) => p.finding.level === level).length;
  setOutputs(env2.GITHUB_OUTPUT, { findings: placed.length, errors: count2("error"), warnings: count2("warning"), "sarif-file": sarifFile });
  if (result.errors.length > 0) return 2;
  return placed.some((p) => failing.includes(p.finding.level)) ? 1 : 0;
}
run().then(
  (code3) => {
    process.exitCode = code3;
  },
  (error) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`::error title=compose-lint::${escapeData(error instanceof InputError ? message : `internal error: ${message}`)}
`);
    process.exitCode = error instanceof InputError ? 2 : 3;
  }
);
/*! Bundled license information:

is-extglob/index.js:
  (*!
   * is-extglob <https://github.com/jonschlinkert/is-extglob>
   *
   * Copyright (c) 2014-2016, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

is-glob/index.js:
  (*!
   * is-glob <https://github.com/jonschlinkert/is-glob>
   *
   * Copyright (c) 2014-2017, Jon Schlinkert.
   * Released under the MIT License.
   *)

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

queue-microtask/index.js:
  (*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

run-parallel/index.js:
  (*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)
*/
