import { keyIds, type KeyId } from '../../../schemas/keys.ts';

/**
 * Where each key sits on the unit square (y grows downwards, as in SVG). The corners follow the
 * report's figure: Formål top left, Relasjoner top right, Makt bottom left, Ressurser bottom right.
 */
export const keyCorners: Record<KeyId, { x: number; y: number }> = {
  purpose: { x: 0, y: 0 },
  relationships: { x: 1, y: 0 },
  power: { x: 0, y: 1 },
  resources: { x: 1, y: 1 },
};

/**
 * The level-weighted mean of the corners, in the unit square. The weight is level² so a dominant key
 * pulls harder: with a linear weight (3,1,1,1) lands only a third of the way from the centre, and
 * most entries, which score 1–2 on several keys, would crowd into the middle. Equal levels (and the
 * schema-invalid all-zero case) sit in the centre.
 */
export function keyTarget(levels: Record<KeyId, number>): { x: number; y: number } {
  let total = 0;
  let x = 0;
  let y = 0;
  for (const id of keyIds) {
    const weight = levels[id] ** 2;
    total += weight;
    x += weight * keyCorners[id].x;
    y += weight * keyCorners[id].y;
  }
  return total === 0 ? { x: 0.5, y: 0.5 } : { x: x / total, y: y / total };
}
