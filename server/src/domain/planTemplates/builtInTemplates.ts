import type { PlanTemplateInput } from '@carehuddle/shared';

/**
 * The templates CareHuddle ships with (version 1 of each; admins edit them into
 * later versions). Goals are worded for the person, because goals join the
 * shared plan that consented family members read. Sources: docs/plans.md.
 */
export const BUILT_IN_TEMPLATES: ReadonlyArray<{ id: string; template: PlanTemplateInput }> = [
  {
    id: 'heart-failure',
    template: {
      title: 'Heart failure',
      description: 'For members living with heart failure, especially after a hospital stay: self-care, medicines that protect the heart, early warning signs.',
      sources: [{ title: '2022 AHA/ACC/HFSA Guideline for the Management of Heart Failure', url: 'https://www.ahajournals.org/doi/10.1161/CIR.0000000000001063' }],
      needs: [
        {
          id: 'hf-need-fluid', title: 'Heart failure: risk of fluid build-up and readmission', domain: 'medical',
          goals: [
            {
              id: 'hf-goal-weights', title: 'Weigh myself every morning and know when to call', targetValue: 'Weight within 2 lb of dry weight; calls when up 2–3 lb in a day or 5 lb in a week', targetInDays: 30,
              interventions: [
                { id: 'hf-int-teach', title: 'Teach daily weights, symptom diary and when to call (teach-back)', dueInDays: 3 },
                { id: 'hf-int-scale', title: 'Make sure there is a working scale at home', dueInDays: 7 },
              ],
            },
            {
              id: 'hf-goal-meds', title: 'Take my heart medicines as prescribed', targetValue: 'On guideline-directed medical therapy at tolerated doses', targetInDays: 90,
              interventions: [
                { id: 'hf-int-titrate', title: 'Cardiology or PCP review of guideline-directed medicines and doses', dueInDays: 14 },
                { id: 'hf-int-pillbox', title: 'Set up a pill organizer and refill synchronization with the pharmacy', dueInDays: 7 },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    id: 'diabetes',
    template: {
      title: 'Type 2 diabetes',
      description: 'Blood sugar control, self-management education and the yearly checks that prevent complications.',
      sources: [{ title: 'American Diabetes Association, Standards of Care in Diabetes—2024', url: 'https://diabetesjournals.org/care/issue/47/Supplement_1' }],
      needs: [
        {
          id: 'dm-need-glycemia', title: 'Type 2 diabetes above target', domain: 'medical',
          goals: [
            {
              id: 'dm-goal-a1c', title: 'Bring my blood sugar into a safe range', targetValue: 'HbA1c below 7% (or the individual target set with the doctor)', targetInDays: 90,
              interventions: [
                { id: 'dm-int-dsmes', title: 'Refer to diabetes self-management education and support (DSMES)', dueInDays: 14 },
                { id: 'dm-int-a1c', title: 'Order HbA1c and review it with the member', dueInDays: 90 },
              ],
            },
            {
              id: 'dm-goal-checks', title: 'Keep up with my eye, foot and kidney checks', targetValue: 'Dilated eye exam, foot exam and urine albumin done this year', targetInDays: 180,
              interventions: [
                { id: 'dm-int-eye', title: 'Schedule the retinal eye exam', dueInDays: 30 },
                { id: 'dm-int-kidney', title: 'Order urine albumin-to-creatinine ratio and eGFR', dueInDays: 30 },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    id: 'copd',
    template: {
      title: 'COPD',
      description: 'Breathing, inhalers, flare-up action plan, vaccinations and pulmonary rehabilitation.',
      sources: [{ title: 'Global Initiative for Chronic Obstructive Lung Disease (GOLD), 2024 Report', url: 'https://goldcopd.org/2024-gold-report/' }],
      needs: [
        {
          id: 'copd-need-exacerbations', title: 'COPD with risk of flare-ups', domain: 'medical',
          goals: [
            {
              id: 'copd-goal-flares', title: 'Know what to do when my breathing gets worse', targetValue: 'Written action plan in place; no flare-up needing hospital care', targetInDays: 90,
              interventions: [
                { id: 'copd-int-plan', title: 'Write a COPD action plan with the member and prescriber', dueInDays: 14 },
                { id: 'copd-int-inhaler', title: 'Check inhaler technique (teach-back) and adherence', dueInDays: 7 },
                { id: 'copd-int-vaccines', title: 'Review influenza, COVID-19, pneumococcal and RSV vaccinations', dueInDays: 30 },
              ],
            },
            {
              id: 'copd-goal-activity', title: 'Be able to do more of my daily activities', targetValue: 'Completes pulmonary rehabilitation or a home exercise program', targetInDays: 120,
              interventions: [{ id: 'copd-int-rehab', title: 'Refer to pulmonary rehabilitation', dueInDays: 14 }],
            },
          ],
        },
      ],
    },
  },
  {
    id: 'depression',
    template: {
      title: 'Depression (collaborative care)',
      description: 'Measurement-based care for depression identified by PHQ-9, in collaboration with behavioral health. Details of therapy belong in the restricted behavioral health document.',
      sources: [
        { title: 'AIMS Center, University of Washington: Collaborative Care', url: 'https://aims.uw.edu/collaborative-care' },
        { title: 'American Psychological Association, Clinical Practice Guideline for the Treatment of Depression (2019)', url: 'https://www.apa.org/depression-guideline' },
      ],
      needs: [
        {
          id: 'dep-need-symptoms', title: 'Depressive symptoms (PHQ-9 of 10 or more)', domain: 'behavioral_health',
          goals: [
            {
              id: 'dep-goal-mood', title: 'Feel more like myself and enjoy things again', targetValue: 'PHQ-9 down by half, aiming for below 5', targetInDays: 180,
              interventions: [
                { id: 'dep-int-bh', title: 'Warm hand-off to the behavioral health clinician', dueInDays: 7 },
                { id: 'dep-int-phq', title: 'Repeat the PHQ-9 and review it in the team', dueInDays: 28 },
                { id: 'dep-int-safety', title: 'Ask about safety at every contact and follow the crisis plan when needed', dueInDays: 7 },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    id: 'food-insecurity',
    template: {
      title: 'Food insecurity',
      description: 'For members who screen positive on the food questions of the health-related social needs screening.',
      sources: [
        { title: 'CMS Accountable Health Communities Health-Related Social Needs Screening Tool', url: 'https://www.cms.gov/priorities/innovation/files/worksheets/ahcm-screeningtool.pdf' },
        { title: 'USDA Supplemental Nutrition Assistance Program (SNAP)', url: 'https://www.fns.usda.gov/snap' },
      ],
      needs: [
        {
          id: 'food-need', title: 'Not always enough food at home', domain: 'social',
          goals: [
            {
              id: 'food-goal-enough', title: 'Have enough healthy food every week', targetValue: 'Food questions negative when screened again', targetInDays: 90,
              interventions: [
                { id: 'food-int-snap', title: 'Help apply for SNAP (and WIC when eligible)', dueInDays: 14 },
                { id: 'food-int-pantry', title: 'Connect to a food pantry or medically tailored meals', dueInDays: 7 },
                { id: 'food-int-rescreen', title: 'Screen the food questions again', dueInDays: 90 },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    id: 'fall-risk',
    template: {
      title: 'Fall risk',
      description: 'For older adults who fell, feel unsteady or worry about falling (STEADI: screen, assess, intervene).',
      sources: [
        { title: 'CDC STEADI — Stopping Elderly Accidents, Deaths & Injuries', url: 'https://www.cdc.gov/steadi/index.html' },
        { title: 'World guidelines for falls prevention and management for older adults (Age and Ageing, 2022)', url: 'https://doi.org/10.1093/ageing/afac205' },
      ],
      needs: [
        {
          id: 'fall-need', title: 'At risk of falling', domain: 'medical',
          goals: [
            {
              id: 'fall-goal-safe', title: 'Move around my home safely without falling', targetValue: 'No falls; Timed Up and Go under 12 seconds', targetInDays: 90,
              interventions: [
                { id: 'fall-int-meds', title: 'Review medicines that raise fall risk with the pharmacist', dueInDays: 14 },
                { id: 'fall-int-exercise', title: 'Refer to a strength and balance program or physical therapy', dueInDays: 14 },
                { id: 'fall-int-home', title: 'Home safety check (lighting, rugs, grab bars)', dueInDays: 30 },
                { id: 'fall-int-vision', title: 'Check vision and feet and footwear', dueInDays: 60 },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    id: 'post-discharge',
    template: {
      title: 'After a hospital discharge',
      description: 'The first 30 days after a hospital stay: follow-up within 7 days, medication reconciliation, warning signs.',
      sources: [
        { title: 'AHRQ Re-Engineered Discharge (RED) Toolkit', url: 'https://www.ahrq.gov/patient-safety/settings/hospital/red/toolkit/index.html' },
        { title: 'The Care Transitions Program (Coleman Care Transitions Intervention)', url: 'https://caretransitions.health/' },
      ],
      needs: [
        {
          id: 'pd-need-transition', title: 'Recent hospital discharge: risk of readmission', domain: 'medical',
          goals: [
            {
              id: 'pd-goal-visit', title: 'See my doctor within a week of coming home', targetValue: 'Follow-up visit within 7 days of discharge', targetInDays: 7,
              interventions: [
                { id: 'pd-int-appt', title: 'Book the follow-up appointment and arrange transport', dueInDays: 2 },
                { id: 'pd-int-call', title: 'Follow-up call: symptoms, red flags, questions', dueInDays: 2 },
              ],
            },
            {
              id: 'pd-goal-meds', title: 'Know which medicines to take now', targetValue: 'Medication list reconciled with the discharge summary', targetInDays: 7,
              interventions: [{ id: 'pd-int-reconcile', title: 'Medication reconciliation against the discharge summary', dueInDays: 3 }],
            },
          ],
        },
      ],
    },
  },
  {
    id: 'hypertension',
    template: {
      title: 'High blood pressure',
      description: 'Blood pressure control with home monitoring, medicines and lifestyle.',
      sources: [{ title: '2017 ACC/AHA Guideline for the Prevention, Detection, Evaluation, and Management of High Blood Pressure in Adults', url: 'https://www.ahajournals.org/doi/10.1161/HYP.0000000000000065' }],
      needs: [
        {
          id: 'htn-need', title: 'High blood pressure above target', domain: 'medical',
          goals: [
            {
              id: 'htn-goal-bp', title: 'Keep my blood pressure in a healthy range', targetValue: 'Below 130/80 mmHg on home readings', targetInDays: 90,
              interventions: [
                { id: 'htn-int-monitor', title: 'Provide a validated home blood pressure monitor and teach its use', dueInDays: 14 },
                { id: 'htn-int-review', title: 'Review home readings and medicines with the PCP', dueInDays: 30 },
                { id: 'htn-int-diet', title: 'Nutrition counselling: less salt, DASH-style eating', dueInDays: 30 },
              ],
            },
          ],
        },
      ],
    },
  },
];
