import type { ScreeningAnswers } from '@carehuddle/shared';

/** Every required answer of the screening, none raising a flag (a Low-risk member). */
export const LOW_RISK_ANSWERS: ScreeningAnswers = {
  'hra-conditions': ['hypertension'], 'hra-admissions': 0, 'hra-ed-visits': 0, 'hra-medications': 2, 'hra-falls': 0, 'hra-self-rated-health': 'good',
  'hrsn-1': 'steady', 'hrsn-2': ['none'], 'hrsn-3': 'never', 'hrsn-4': 'never', 'hrsn-5': 'no', 'hrsn-6': 'no',
  'hrsn-7': 'never', 'hrsn-8': 'never', 'hrsn-9': 'never', 'hrsn-10': 'never',
  'phq-1': '0', 'phq-2': '0',
  'adl-bathing': 'independent', 'adl-dressing': 'independent', 'adl-toileting': 'independent', 'adl-transferring': 'independent', 'adl-continence': 'independent', 'adl-feeding': 'independent',
  'iadl-telephone': 'a', 'iadl-shopping': 'a', 'iadl-food': 'a', 'iadl-housekeeping': 'a', 'iadl-laundry': 'a', 'iadl-transportation': 'a', 'iadl-medications': 'a', 'iadl-finances': 'a',
};

/** PHQ answers scoring 14 (PHQ-2 = 4, so all nine are asked). */
export const PHQ9_14: ScreeningAnswers = { 'phq-1': '2', 'phq-2': '2', 'phq-3': '2', 'phq-4': '2', 'phq-5': '2', 'phq-6': '2', 'phq-7': '2', 'phq-8': '0', 'phq-9': '0' };
