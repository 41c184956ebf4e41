import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  initiatives: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/initiatives' }) }),
};
