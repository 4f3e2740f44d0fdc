import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  splitLines
} from "./chunk-4IANI4KZ.mjs";
import {
  spanContains
} from "./chunk-EC2PSDJG.mjs";
import {
  require_equal
} from "./chunk-SSKCFJDD.mjs";
import {
  maskSecretValues
} from "./chunk-6DRHLQUI.mjs";
import {
  __toESM
} from "./chunk-NVK4G5ST.mjs";

// src/engine/mask.ts
var MIN_MASKED_LENGTH = 6;
function substitutionMask(substituted = []) {
  const byValue = /* @__PURE__ */ new Map();
  for (const { name, value } of substituted) if (value.trim().length >= MIN_MASKED_LENGTH && !byValue.has(value)) byValue.set(value, name);
  if (byValue.size === 0) return (text) => text;
  const values = [...byValue.keys()].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const value of values) if (out.includes(value)) out = out.split(value).join(`\${${byValue.get(value)}}`);
    return out;
  };
}
function maskFinding(finding2, mask) {
  const message = mask(finding2.message);
  const related = finding2.related.map((r) => {
    const masked = mask(r.message);
    return masked === r.message ? r : { ...r, message: masked };
  });
  const fixRefused = finding2.fixRefused === void 0 ? void 0 : mask(finding2.fixRefused);
  const fixDescription = finding2.fix ? mask(finding2.fix.description) : void 0;
  const same = message === finding2.message && related.every((r, i) => r === finding2.related[i]) && fixRefused === finding2.fixRefused && fixDescription === finding2.fix?.description;
  if (same) return finding2;
  const out = { ...finding2, message, related };
  if (fixRefused !== void 0) out.fixRefused = fixRefused;
  if (finding2.fix && fixDescription !== void 0) out.fix = { ...finding2.fix, description: fixDescription };
  return out;
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
    const located = locateError(error, file.data);
    const id = `${located.part}:${JSON.stringify(located.path)}`;
    const group = chosen.get(id);
    const rank = PRIORITY[error.keyword] ?? 1;
    const groupRank = group ? PRIORITY[group[0].error.keyword] ?? 1 : 0;
    if (!group || rank > groupRank) chosen.set(id, [located]);
    else if (rank === groupRank && error.keyword === "required") group.push(located);
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
  const home = node.nested && Object.hasOwn(node.nested, key) ? node.nested[key] : void 0;
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
  if (typeof value === "string") {
    const masked = maskSecretValues(value);
    return `the string ${JSON.stringify(masked.length > 40 ? `${masked.slice(0, 37)}...` : masked)}`;
  }
  if (typeof value === "boolean") return `the boolean ${value}`;
  return `the number ${String(value)}`;
}
function nounOf(phrase) {
  return (phrase ?? "name").replace(/^(a|an) /, "");
}
function code(text) {
  return `\`${text}\``;
}

// src/engine/suppressions.ts
var MARKER = /(?:^|\s)(#\s*compose-lint)(?=[\s:=]|$)/;
var RULE_ID = "[A-Za-z0-9_.@-]+(?:/[A-Za-z0-9_.-]+)?";
var DIRECTIVE = new RegExp(`^\\s+(ignore|ignore-file)\\s*=\\s*(${RULE_ID}(?:\\s*,\\s*${RULE_ID})*)\\s*(?:--(.*)|#.*)?$`);
var IDS_THEN_TEXT = new RegExp(`^\\s+(ignore|ignore-file)\\s*=\\s*(${RULE_ID}(?:\\s*,\\s*${RULE_ID})*)\\s+(\\S.*)$`);
var FORM = "`# compose-lint ignore=rule-a,rule-b -- reason`";
function problemFor(rest) {
  const trailing = IDS_THEN_TEXT.exec(rest);
  if (trailing) {
    return `text after the rule ids must follow " -- " as a reason, so this directive silences nothing; write \`# compose-lint ${trailing[1]}=${trailing[2].replace(/\s+/g, "")} -- ${trailing[3].replace(/^reason:\s*/i, "")}\`.`;
  }
  if (/^\s*ignore(-file)?\s*=?\s*(--.*)?$/.test(rest)) return `this directive names no rule, so it silences nothing; write ${FORM}.`;
  return `this compose-lint comment is not a directive compose-lint reads, so it silences nothing; write ${FORM} (or \`ignore-file=\` for the whole file).`;
}
function parseSuppressions(text) {
  const directives = [];
  const problems = [];
  let pending = [];
  const lines = text.includes("compose-lint") ? splitLines(text) : [];
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const marker = line.includes("compose-lint") ? MARKER.exec(line) : null;
    const found = [];
    let fileScope = false;
    if (marker) {
      const markerAt = marker.index + marker[0].indexOf("#");
      const rest = line.slice(markerAt + marker[1].length);
      const match2 = DIRECTIVE.exec(rest);
      if (!match2) {
        problems.push({ line: lineNumber, column: markerAt + 1, endColumn: line.trimEnd().length + 1, message: problemFor(rest) });
      } else {
        fileScope = match2[1] === "ignore-file";
        const reason = match2[3]?.trim() || void 0;
        let from = markerAt + marker[1].length + rest.indexOf("=");
        for (const ruleId of match2[2].split(/\s*,\s*/)) {
          const at = line.indexOf(ruleId, from);
          from = at + ruleId.length;
          const directive = { ruleId, scope: fileScope ? "file" : "line", line: lineNumber, column: at + 1, used: false };
          if (reason !== void 0) directive.reason = reason;
          found.push(directive);
        }
        directives.push(...found);
      }
    }
    if (fileScope) return;
    if (/^\s*#/.test(line)) {
      pending.push(...found);
      return;
    }
    if (/^\s*$/.test(line)) return;
    for (const directive of [...pending, ...found]) directive.target = lineNumber;
    pending = [];
  });
  const match = (ruleId, line) => {
    let hit;
    for (const d of directives) {
      if (d.ruleId === ruleId && (d.scope === "file" || d.target === line)) {
        d.used = true;
        hit ??= d;
      }
    }
    return hit;
  };
  return { directives, problems, match, isSuppressed: (ruleId, line) => match(ruleId, line) !== void 0 };
}

// src/engine/apply-suppressions.ts
function finding(ruleId, span, message) {
  return { ruleId, level: "warning", message, span, related: [] };
}
function idProblem(ruleId, input) {
  if (input.unsuppressible.has(ruleId)) return `${ruleId} cannot be silenced from inside the file: it reports what compose-lint could not read or what hides settings from review.`;
  if (input.known.has(ruleId)) return void 0;
  const near = closest(ruleId, [...input.known]);
  return `"${ruleId}" is not a compose-lint rule, so this ignore silences nothing${near ? `; did you mean "${near}"?` : " (see --list-rules)."}`;
}
function applySuppressions(findings, input, settings = {}) {
  const inline = settings.noInlineConfig ? [...findings] : applyInline(findings, input, settings);
  const external = settings.external ?? {};
  return inline.map((f) => {
    const reason = external[f.ruleId];
    if (f.suppression || reason === void 0 || input.locked.has(f.ruleId)) return f;
    return { ...f, suppression: { kind: "external", justification: reason } };
  });
}
function applyInline(findings, input, settings) {
  const comments = parseSuppressions(input.text);
  const services = (input.project?.services ?? []).filter((s) => s.suppression);
  const usedByService = input.usedByService ?? /* @__PURE__ */ new Map();
  const requireReason = settings.requireReason === true;
  const use = (service, ruleId) => {
    const used = usedByService.get(service.name.value) ?? /* @__PURE__ */ new Set();
    used.add(ruleId);
    usedByService.set(service.name.value, used);
  };
  const silenced = (f, reasons) => {
    const written = [...new Set(reasons.filter((r) => r !== void 0))];
    return { ...f, suppression: written.length > 0 ? { kind: "inSource", justification: written.join("; ") } : { kind: "inSource" } };
  };
  const out = findings.map((f) => {
    if (input.unsuppressible.has(f.ruleId)) return f;
    const directive = comments.match(f.ruleId, f.span.line);
    if (directive && (directive.reason || !requireReason)) return silenced(f, [directive.reason]);
    for (const service of services) {
      const suppression = service.suppression;
      if (!spanContains(service.span, f.span) || !suppression.ignore.some((id) => id.value === f.ruleId)) continue;
      use(service, f.ruleId);
      if (requireReason && !suppression.reason) continue;
      return silenced(f, [suppression.reason?.value]);
    }
    const owners = (input.ownersOf?.(f) ?? []).map((name) => input.serviceNamed?.(name));
    const ignoring = owners.filter((o) => o?.suppression?.ignore.some((id) => id.value === f.ruleId));
    for (const owner of ignoring) use(owner, f.ruleId);
    if (owners.length === 0 || ignoring.length < owners.length) return f;
    if (requireReason && owners.some((o) => !o.suppression.reason)) return f;
    return silenced(f, owners.map((o) => o.suppression.reason?.value));
  });
  if (!input.project) return out;
  for (const p of comments.problems) out.push(finding("invalid-ignore", { file: input.path, line: p.line, column: p.column, endLine: p.line, endColumn: p.endColumn }, p.message));
  const reasonless = /* @__PURE__ */ new Set();
  for (const d of comments.directives) {
    const span = { file: input.path, line: d.line, column: d.column, endLine: d.line, endColumn: d.column + d.ruleId.length };
    const problem = idProblem(d.ruleId, input);
    if (problem) out.push(finding("invalid-ignore", span, problem));
    else if (requireReason && !d.reason) {
      if (!reasonless.has(d.line)) out.push(finding("invalid-ignore", span, `this ignore has no reason, and the configuration requires one; it silences nothing until one is written after " -- ".`));
      reasonless.add(d.line);
    } else if (input.ran.has(d.ruleId) && !d.used) out.push(finding("unused-ignore", span, unusedMessage(d)));
  }
  return out;
}
function serviceSuppressionProblems(services, usedByService, input, settings = {}) {
  const out = [];
  const requireReason = settings.requireReason === true;
  for (const service of services) {
    const suppression = service.suppression;
    if (!suppression) continue;
    for (const bad of suppression.invalid) out.push(finding("invalid-ignore", bad.span, `${bad.message}; it silences nothing.`));
    if (requireReason && !suppression.reason && suppression.ignore.length > 0) {
      out.push(finding("invalid-ignore", suppression.span, `\`x-compose-lint\` of service "${service.name.value}" has no \`reason\`, and the configuration requires one; it silences nothing until one is written.`));
    }
    for (const id of suppression.ignore) {
      const problem = idProblem(id.value, input);
      if (problem) out.push(finding("invalid-ignore", id.span, problem));
      else if (input.ran.has(id.value) && !usedByService.get(service.name.value)?.has(id.value)) {
        out.push(finding("unused-ignore", id.span, `${id.value} reports nothing in service "${service.name.value}"; remove it from \`x-compose-lint\` so it cannot hide a future finding.`));
      }
    }
  }
  return out;
}
function unusedMessage(d) {
  const where = d.scope === "file" ? "in this file" : "on the line it points at";
  return `${d.ruleId} reports nothing ${where}; remove the ignore comment so it cannot hide a future finding.`;
}

// src/model/service-index.ts
var byName = /* @__PURE__ */ new WeakMap();
function serviceNamed(services, name) {
  let index = byName.get(services);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const service of services) if (!index.has(service.name.value)) index.set(service.name.value, service);
    byName.set(services, index);
  }
  return index.get(name);
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
    description: "An ignore directive for a rule that ran but has nothing to silence where it points.",
    level: "warning",
    preset: "recommended",
    tags: ["maintainability"],
    help: "A `# compose-lint ignore=RULE` comment (or a rule in a service's `x-compose-lint: { ignore: [...] }`) that silences nothing hides future findings of that rule there. Remove it, or move it to the line whose finding it is meant for. A directive that does not parse or names an unknown rule is invalid-ignore.",
    securitySeverity: 0
  },
  {
    id: "invalid-ignore",
    description: "An ignore directive that does not parse, names an unknown rule, or lacks a reason the configuration requires.",
    level: "warning",
    preset: "recommended",
    tags: ["maintainability"],
    help: "A `# compose-lint ignore=RULE -- reason` comment, or a service's `x-compose-lint: { ignore: [RULE], reason: ... }`, that compose-lint cannot read silences nothing. Write it as `# compose-lint ignore=rule-a,rule-b -- why`; see `compose-lint --list-rules` for the rule ids.",
    securitySeverity: 0
  },
  {
    id: "duplicate-key",
    description: "A mapping repeats a key; Docker Compose refuses the file.",
    level: "error",
    preset: "recommended",
    tags: ["correctness", "security"],
    help: "YAML parsers disagree on which of two equal keys wins, and Docker Compose (go-yaml v3) rejects a mapping that repeats one. A reviewer reading the first key may never see the second. Keep one of them. The rest of the file is still checked, with each of the two values.",
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
var LOCKED = /* @__PURE__ */ new Set(["yaml-syntax", "unreadable-value", "not-linted", "project-error", "internal-error"]);
var FAIL_LEVELS = {
  error: ["error"],
  warning: ["error", "warning"],
  note: ["error", "warning", "note"],
  none: []
};
function resolveRules(rules, settings = {}) {
  const enabled = [];
  for (const rule of rules) {
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
  return `service ${first} (and ${shown}, which share this value)`;
}
function withServiceDeclaration(related, descriptor, project) {
  if (descriptor.service === void 0) return related;
  const name = serviceNamed(project.services, descriptor.service)?.name;
  const file = spanOf2(descriptor.at).file;
  if (!name || name.span.file === file || related.some((r) => r.span.file === name.span.file)) return related;
  return [...related, { span: name.span, message: `service "${name.value}" is declared here` }];
}
function profileNote(services, project) {
  const profiles = new Set(services.flatMap((name) => (project ? serviceNamed(project.services, name)?.profiles.map((p) => p.value) : void 0) ?? []));
  if (profiles.size === 0) return "";
  const names = [...profiles].map((p) => `"${p}"`).join(", ");
  return profiles.size === 1 ? ` (behind profile ${names}, still deployed when the profile is enabled)` : ` (behind profiles ${names}, still deployed when one of them is enabled)`;
}
function lintLoaded(loaded, rules, known = new Set(rules.map((r) => r.rule.meta.id)), settings = {}) {
  const findings = loaded.problems.map((p) => ({ ruleId: p.ruleId, level: p.level ?? "error", message: p.message, span: p.span, related: [] }));
  const owners = /* @__PURE__ */ new Map();
  const shared = /* @__PURE__ */ new Map();
  const project = loaded.project;
  if (project) {
    for (const { rule, level, options } of rules) {
      try {
        rule.check({
          project,
          options,
          report: (descriptor) => {
            const related = withServiceDeclaration(descriptor.related ?? [], descriptor, project);
            const findingLevel = descriptor.level && level === rule.meta.level ? descriptor.level : level;
            const span = spanOf2(descriptor.at);
            const { message: render, service } = descriptor;
            const finding2 = { ruleId: rule.meta.id, level: findingLevel, message: "", span, related };
            if (descriptor.redact) finding2.redact = true;
            const fix = typeof descriptor.fix === "function" ? settings.fixes === false ? void 0 : descriptor.fix() : descriptor.fix;
            if (fix) {
              Object.assign(finding2, "refused" in fix ? { fixRefused: fix.refused } : { fix: service === void 0 ? fix : { ...fix, services: [service] } });
            }
            if (typeof render === "string" || service === void 0) {
              const reported = { ...finding2, message: typeof render === "string" ? render : render("") };
              findings.push(reported);
              if (service !== void 0) owners.set(reported, [service]);
              return;
            }
            const key = `${rule.meta.id}\0${findingLevel}\0${spanKey(span)}\0${render("")}`;
            const group = shared.get(key);
            if (!group) {
              shared.set(key, { finding: { ...finding2, related: [...related] }, services: [service], render });
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
  for (const { finding: finding2, services: services2, render } of shared.values()) {
    const fix = finding2.fix ? { fix: { ...finding2.fix, services: services2 } } : {};
    const reported = { ...finding2, ...fix, message: render(serviceLabel(services2) + profileNote(services2, project)) };
    findings.push(reported);
    owners.set(reported, services2);
  }
  const seen = /* @__PURE__ */ new Set();
  const unique = findings.filter((f) => {
    const key = `${f.ruleId}\0${spanKey(f.span)}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const files = loaded.files ?? [loaded.file];
  const ran = new Set(rules.map((r) => r.rule.meta.id));
  const ids = withBuiltinIds(known);
  const usedByService = /* @__PURE__ */ new Map();
  const services = project ? { ownersOf: (f) => owners.get(f), serviceNamed: (name) => serviceNamed(project.services, name), usedByService } : {};
  const kept = files.flatMap((file, i) => {
    const inFile = unique.filter((f) => f.span.file === file.path || i === 0 && !files.some((other) => other.path === f.span.file));
    const own = project && files.length > 1 ? { ...project, services: project.services.filter((s) => s.span.file === file.path) } : project;
    const input = { path: file.path, text: file.text, project: own, ran, known: ids, unsuppressible: UNSUPPRESSIBLE, locked: LOCKED, ...services };
    return applySuppressions(inFile, input, settings);
  });
  if (project && !settings.noInlineConfig) kept.push(...serviceSuppressionProblems(project.services, usedByService, { ran, known: ids, unsuppressible: UNSUPPRESSIBLE }, settings));
  const mask = substitutionMask(loaded.substituted);
  return withBuiltinLevels(kept, settings.levels).map((f) => maskFinding(f, mask)).sort(compareFindings);
}
function withBuiltinLevels(findings, levels) {
  if (!levels) return findings;
  return findings.flatMap((f) => {
    const setting = BUILTIN_IDS.has(f.ruleId) && !LOCKED.has(f.ruleId) ? levels[f.ruleId] : void 0;
    if (setting === void 0) return [f];
    return setting === "off" ? [] : [{ ...f, level: setting }];
  });
}
var BUILTIN_IDS = new Set(BUILTIN_META.map((m) => m.id));
var knownWithBuiltin = /* @__PURE__ */ new WeakMap();
function withBuiltinIds(known) {
  let ids = knownWithBuiltin.get(known);
  if (!ids) knownWithBuiltin.set(known, ids = /* @__PURE__ */ new Set([...known, ...BUILTIN_IDS]));
  return ids;
}

export {
  validateComposeSchema,
  closest,
  parseSuppressions,
  BUILTIN_META,
  UNSUPPRESSIBLE,
  LOCKED,
  FAIL_LEVELS,
  resolveRules,
  compareFindings,
  lintLoaded
};
