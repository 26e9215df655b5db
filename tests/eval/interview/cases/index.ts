import { ANA_CASES } from "./ana.ts";
import { BEN_CASES } from "./ben.ts";
import { CHEN_CASES } from "./chen.ts";
import { DEE_CASES } from "./dee.ts";
import { ELI_CASES } from "./eli.ts";
import { FAY_CASES } from "./fay.ts";
import { GUS_CASES } from "./gus.ts";
import { HAL_CASES } from "./hal.ts";
import { IVY_CASES } from "./ivy.ts";
import { JO_CASES } from "./jo.ts";
import { KAI_CASES } from "./kai-lou.ts";
import { MO_NIA_CASES } from "./mo-nia.ts";
import { PIA_CASES } from "./pia.ts";
import { QUINN_RHEA_CASES } from "./quinn-rhea.ts";
import { TAM_CASES } from "./tam.ts";
import type { EvalCase } from "./types.ts";

export * from "./types.ts";

export const EVAL_CASES: readonly EvalCase[] = [
  ...ANA_CASES,
  ...BEN_CASES,
  ...CHEN_CASES,
  ...DEE_CASES,
  ...ELI_CASES,
  ...FAY_CASES,
  ...GUS_CASES,
  ...HAL_CASES,
  ...IVY_CASES,
  ...KAI_CASES,
  ...JO_CASES,
  ...MO_NIA_CASES,
  ...PIA_CASES,
  ...QUINN_RHEA_CASES,
  ...TAM_CASES,
];
