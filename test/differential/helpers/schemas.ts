/** The dockgate schema each body kind of the Go program decodes into. */
import { ContainerCreateBody, ContainerExecBody, ContainerUpdateBody, ServiceSpecBody } from '../../../src/request/docker-types.js';
import { float32, float64, struct, type StructSchema } from '../../../src/request/gojson/schema.js';
import type { BodyKind } from './go-harness.js';

/** The float64 and float32 kinds of the schema language (no Docker body uses float32 yet). */
export const FloatsBody = struct('differential.Floats', { F64: float64, F32: float32 });

export const SCHEMAS: Readonly<Record<BodyKind, StructSchema>> = {
  create: ContainerCreateBody,
  update: ContainerUpdateBody,
  exec: ContainerExecBody,
  service: ServiceSpecBody,
  floats: FloatsBody,
};
