import { aplMg } from './aplMg.js';
import { besoinConsultationsAn } from './besoinConsultationsAn.js';
import { besoinJourneesMois } from './besoinJourneesMois.js';
import { consultations } from './consultations.js';
import { consultationsParJour } from './consultationsParJour.js';
import { consultationsPour1000Hab } from './consultationsPour1000Hab.js';
import { coutParActe } from './coutParActe.js';
import { djEnPoste } from './djEnPoste.js';
import { djSeuil200Actes } from './djSeuil200Actes.js';
import { indemnitesEur } from './indemnitesEur.js';
import type { IndicatorDefinition } from './indicatorDefinition.js';
import { journeesManquantesMois } from './journeesManquantesMois.js';
import { joursParVolontaire } from './joursParVolontaire.js';
import { joursPour10000Hab } from './joursPour10000Hab.js';
import { joursRealises } from './joursRealises.js';
import { lieuxActifs } from './lieuxActifs.js';
import { part17plusSansMt } from './part17plusSansMt.js';
import { partMg60plus } from './partMg60plus.js';
import { partPatientsAld } from './partPatientsAld.js';
import { partPatientsSansMt } from './partPatientsSansMt.js';
import { partVisites } from './partVisites.js';
import { patientsDistincts } from './patientsDistincts.js';
import { primesDjEur } from './primesDjEur.js';
import { rythmeJourneesMois } from './rythmeJourneesMois.js';
import { satisfactionMoyenne } from './satisfactionMoyenne.js';
import { tauxAnnulation } from './tauxAnnulation.js';
import { tauxCouvertureBesoin } from './tauxCouvertureBesoin.js';
import { tauxDepassement } from './tauxDepassement.js';
import { tauxPopulationCouverte } from './tauxPopulationCouverte.js';
import { tauxZonesCouvertes } from './tauxZonesCouvertes.js';
import { tempsAccesUrgences } from './tempsAccesUrgences.js';
import { volActifs } from './volActifs.js';
import { volAcceptes } from './volAcceptes.js';
import { volCandidatures } from './volCandidatures.js';
import { zonesAvecDj } from './zonesAvecDj.js';
import { zonesCouvertes } from './zonesCouvertes.js';

/** Every indicator of the project, in the order of indicators.md. Adding one: its file, its test, one line here. */
export const indicators: readonly IndicatorDefinition[] = Object.freeze([
  volCandidatures,
  volAcceptes,
  volActifs,
  joursRealises,
  tauxAnnulation,
  joursParVolontaire,
  zonesCouvertes,
  tauxZonesCouvertes,
  tauxPopulationCouverte,
  lieuxActifs,
  joursPour10000Hab,
  consultations,
  consultationsPour1000Hab,
  consultationsParJour,
  patientsDistincts,
  partPatientsSansMt,
  partPatientsAld,
  partVisites,
  tauxDepassement,
  satisfactionMoyenne,
  indemnitesEur,
  coutParActe,
  aplMg,
  part17plusSansMt,
  partMg60plus,
  tempsAccesUrgences,
  besoinConsultationsAn,
  besoinJourneesMois,
  tauxCouvertureBesoin,
  rythmeJourneesMois,
  journeesManquantesMois,
  djEnPoste,
  zonesAvecDj,
  djSeuil200Actes,
  primesDjEur,
]);
