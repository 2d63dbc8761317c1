/**
 * The policy file's JSON Schema, built from the rule registry so that every rule's action
 * and options are validated by the same schema editors use (config/policy.schema.json is
 * this object, written out; a test keeps the two equal).
 */
import type { AnyRule } from '../core/rule.js';
import { RULES } from '../rules/index.js';
import { CUSTOM_ID_PATTERN, customRulesSchema } from './custom-rules.js';

const ACTION = { type: 'string', enum: ['deny', 'warn', 'off'] } as const;
const GLOBS = { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } as const;

function ruleEntrySchema(rule: AnyRule): Record<string, unknown> {
  return {
    description: `${rule.meta.title}${rule.meta.cis ? ` (CIS ${rule.meta.cis})` : ''}. Default: ${rule.meta.defaultAction}.`,
    oneOf: [
      ACTION,
      {
        type: 'object',
        additionalProperties: false,
        required: ['action'],
        properties: { action: ACTION, options: rule.meta.optionsSchema },
      },
    ],
  };
}

/** Rules no exemption can lift: self-protection has its own adminUsers option. */
export const NOT_EXEMPTIBLE: ReadonlySet<string> = new Set(['self-protection']);

export function buildPolicySchema(rules: readonly AnyRule[] = RULES): Record<string, unknown> {
  const ruleIds = rules.map((r) => r.meta.id).filter((id) => !NOT_EXEMPTIBLE.has(id));
  // Each rule's entry (action, options) is defined once and referenced from rules and profiles:
  // the generated validator holds one function per rule instead of two inlined copies.
  const ruleRefs = Object.fromEntries(rules.map((r) => [r.meta.id, { $ref: `#/definitions/${r.meta.id}` }]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/dockgate/dockgate/config/policy.schema.json',
    title: 'dockgate policy',
    definitions: Object.fromEntries(rules.map((r) => [r.meta.id, ruleEntrySchema(r)])),
    type: 'object',
    additionalProperties: false,
    required: ['mode', 'rules'],
    properties: {
      $schema: { type: 'string' },
      description: { type: 'string' },
      mode: {
        description: 'enforce: deny what the rules deny. audit: never deny, log what would have been denied.',
        type: 'string',
        enum: ['enforce', 'audit'],
      },
      rules: {
        description: 'Action (deny, warn, off) and options per rule id. A rule left out keeps its default action and options.',
        type: 'object',
        additionalProperties: false,
        properties: ruleRefs,
      },
      profiles: {
        description: 'Per-user overrides of rule actions and options. The first profile (in file order) whose users glob matches the TLS client certificate CN applies; none applies over the unix socket (no user).',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'users', 'rules'],
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$', description: 'Name of the profile, logged with each decision it applies to.' },
            description: { type: 'string' },
            users: { ...GLOBS, description: 'Globs on the TLS client certificate CN (empty over the unix socket, never matched).' },
            rules: {
              description: 'Action or { action, options } per rule id, on top of the policy\'s rules. self-protection cannot be changed by a profile.',
              type: 'object',
              additionalProperties: false,
              properties: ruleRefs,
              patternProperties: { [CUSTOM_ID_PATTERN]: ACTION },
            },
          },
        },
      },
      customRules: customRulesSchema(ACTION),
      exemptions: {
        description: 'Requests that some rules do not apply to. Every selector given must match.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'reason', 'rules'],
          anyOf: [{ required: ['users'] }, { required: ['images'] }, { required: ['containerNames'] }],
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$', description: 'Name of the exemption, logged with each request it exempts.' },
            reason: { type: 'string', minLength: 1 },
            rules: {
              description: 'Rule ids this exemption lifts, or "*" for all. self-protection cannot be exempted (use its adminUsers option).',
              type: 'array',
              minItems: 1,
              items: { type: 'string', anyOf: [{ enum: ['*', ...ruleIds] }, { pattern: CUSTOM_ID_PATTERN }] },
            },
            users: { ...GLOBS, description: 'Globs on the TLS client certificate CN (cannot be forged; empty over the unix socket, never matched).' },
            images: { ...GLOBS, description: 'Globs on the image reference, as sent and normalised (docker.io/library/name:tag). Anyone with API access can re-tag an image: use requireDigest.' },
            requireDigest: { type: 'boolean', description: 'Match images only when referenced by digest (@sha256:...).' },
            containerNames: { ...GLOBS, description: 'Globs on the container name (chosen by the requester: weak).' },
          },
        },
      },
      messages: {
        description: 'What every deny message ends with, so users know where to go: help text and a URL (e.g. your runbook, or how to ask for an exemption). Shown as "Help: <help> <url>" before the decision id.',
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          help: { type: 'string', minLength: 1, maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$', description: 'One line of text, e.g. "ask #platform-docker on Slack".' },
          url: { type: 'string', maxLength: 300, pattern: '^https?://[^\\s]+$', description: 'An http(s) URL, e.g. https://wiki.example.com/dockgate.' },
        },
      },
      log: {
        type: 'object',
        additionalProperties: false,
        properties: {
          level: { type: 'string', enum: ['error', 'warn', 'info', 'debug'], description: 'Decision lines are logged at info.' },
          decisions: {
            type: 'string',
            enum: ['all', 'deny-only'],
            description: 'all (default): a line per decision. deny-only: allow lines are not written, except allows with findings (warn, would-deny in audit mode, exempted) or request problems.',
          },
          sampleAllow: {
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 1,
            description: 'Fraction of plain allow lines written (default 1). Deterministic: 0.1 writes every 10th. Denies and allows with findings are always written.',
          },
        },
      },
    },
  };
}
