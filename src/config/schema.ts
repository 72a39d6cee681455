/**
 * `.pmcheck.yaml`, as a zod schema: the single source of truth for its validation and for
 * schemas/config.schema.json. Per-rule options are checked later by each rule's own schema.
 */
import * as z from 'zod';
import { SEVERITIES } from '../engine/types.js';

export const PRESETS = ['recommended', 'strict', 'presale', 'closed', 'small-job', 'dcma'] as const;
export type PresetName = (typeof PRESETS)[number];

const SeverityOrOff = z.enum([...SEVERITIES, 'off']);

/** A rule's setting: a severity, [severity], [severity, options], or options alone. */
export const RuleSetting = z.union([
  SeverityOrOff,
  z.tuple([SeverityOrOff]),
  z.tuple([SeverityOrOff, z.record(z.string(), z.unknown())]),
  z.record(z.string(), z.unknown()),
]);
export type RuleSetting = z.infer<typeof RuleSetting>;

export const ConfigSchema = z
  .object({
    extends: z.enum(PRESETS).optional().meta({
      description:
        'The preset to start from. presale, closed and small-job are also applied automatically: by project.phase, and when formal PM is not warranted; dcma (the DCMA 14-point assessment) for plans read from MS Project or P6 files.',
    }),
    rules: z
      .record(z.string(), RuleSetting)
      .optional()
      .meta({ description: 'Per rule: off, a severity, [severity, { options }], or { options }.' }),
    'fail-on': z
      .enum([...SEVERITIES, 'none'])
      .optional()
      .meta({ description: 'Exit 1 on a finding at or above this severity; --fail-on overrides.' }),
    'min-score': z
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta({ description: 'Exit 1 when a plan scores below this; --min-score overrides.' }),
    'pm-warranted': z
      .object({
        durationDays: z.number().int().nonnegative().optional(),
        vendors: z.number().int().nonnegative().optional(),
        budget: z.number().nonnegative().optional(),
        users: z.number().int().nonnegative().optional(),
      })
      .strict()
      .optional()
      .meta({
        description:
          'Thresholds above which formal PM is warranted (article 002): more than 10 working days, 1 vendor, 5000 budget, 5 users.',
      }),
  })
  .strict()
  .meta({ title: 'pmcheck configuration (.pmcheck.yaml)' });
export type Config = z.infer<typeof ConfigSchema>;
