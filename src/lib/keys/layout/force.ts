import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { randomLcg } from 'd3-random';
import { clamp } from '../../svg/format.ts';
import { ROUNDING_SLACK } from './separate.ts';

export interface ForceNode extends SimulationNodeDatum {
  x: number;
  y: number;
  targetX: number;
  targetY: number;
}

const SETTLE_TICKS = 50;

/**
 * The catalogue's layout: a seeded d3-force run (pull toward the target + collision) of a fixed
 * number of ticks, with the markers kept inside [min, max] on both axes.
 */
export function relaxWithForces(
  nodes: ForceNode[],
  o: { radius: number; gap: number; ticks: number; seed: number; min: number; max: number },
): void {
  const { radius, gap, ticks, seed, min, max } = o;
  // Coincident markers (same levels) have zero distance; forceCollide separates them with a random
  // jiggle from the simulation's source, which is why the source is a seeded LCG and not a constant.
  // The collision radius is a little larger than the separation pass's threshold, so that pass
  // normally finds nothing to do.
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(seed))
    .force('x', forceX<ForceNode>((d) => d.targetX).strength(0.08))
    .force('y', forceY<ForceNode>((d) => d.targetY).strength(0.08))
    .force(
      'collide',
      forceCollide<ForceNode>(radius + (gap + ROUNDING_SLACK) / 2 + 0.25)
        .strength(0.9)
        .iterations(3),
    )
    .stop();
  const step = () => {
    simulation.tick();
    // Clamping every tick lets the walls push back, so markers near a corner spread along the edge.
    // The velocity into the wall is dropped too: forceCollide predicts positions as x + vx, and a
    // velocity that keeps pointing into the wall would make it misjudge every marker piled there.
    for (const node of nodes) {
      if (node.x < min || node.x > max) [node.x, node.vx] = [clamp(node.x, min, max), 0];
      if (node.y < min || node.y > max) [node.y, node.vy] = [clamp(node.y, min, max), 0];
    }
  };
  for (let i = 0; i < ticks; i++) step();
  // A short settle without the pull lets a crowd pressed into a corner relax to full spacing.
  simulation.force('x', null).force('y', null);
  for (let i = 0; i < SETTLE_TICKS; i++) step();
}
