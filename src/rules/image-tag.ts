import { defineRule, type Finding } from '../core/rule.js';
import { parseReference } from '../request/reference.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecHandlers } from './lib/service.js';

interface Options {
  /** Require a digest (`@sha256:...`), not just a version tag. */
  readonly requireDigest: boolean;
}

function check(image: string, field: string, requireDigest: boolean): Finding[] {
  const ref = parseReference(image);
  // Not a reference (an image ID, or something the daemon will refuse): nothing to pin.
  if (!ref || ref.digest !== undefined) return [];
  if (ref.tag === undefined || ref.tag === 'latest') {
    return [{ field, found: image, summary: `image ${image} is not pinned (${ref.tag === undefined ? 'no tag, so latest' : 'tag latest'})`, fix: 'use a version tag or a digest, e.g. image:1.2.3 or image@sha256:...' }];
  }
  if (requireDigest) {
    return [{ field, found: image, summary: `image ${image} is not pinned by digest`, fix: 'reference the image by digest, e.g. image@sha256:...' }];
  }
  return [];
}

const DEFAULTS: Options = { requireDigest: false };

export default defineRule({
  meta: {
    id: 'image-tag',
    title: 'Use pinned image versions',
    summary: "image without a tag or with `latest` (and no digest); any tag with `requireDigest`",
    cis: '5.28',
    severity: 'low',
    description: "An image referenced without a tag or with the tag 'latest' (Config.Image, a service's ContainerSpec.Image) runs whatever was pushed last: deployments are not reproducible and a compromised registry push goes live on the next pull. With requireDigest, only digests (@sha256:...) count as pinned. Image IDs are content addresses and are not findings.",
    remediation: 'Reference images by version tag (busybox:1.36) or, better, by digest (busybox@sha256:...).',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requireDigest: { type: 'boolean', description: 'Only a digest (@sha256:...) pins an image; a version tag is a finding too.' },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create({ requireDigest }) {
    return {
      'container.create': ({ body }) => check(body.config.Image, 'Config.Image', requireDigest),
      ...containerSpecHandlers((spec) => check(spec.Image, `${CONTAINER_SPEC}.Image`, requireDigest)),
    };
  },
});
