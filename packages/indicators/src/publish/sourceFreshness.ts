/**
 * How old the latest extract of each source may be, in days before the end of the last computed
 * week, before an alert `source_en_retard` is raised. `perRegion`: one feed per ARS région holding a
 * zone in scope (the file's scope). Data, kept in this one place.
 */
export interface SourceFreshness {
  readonly sourceId: string;
  readonly label: string;
  readonly maxAgeDays: number;
  readonly perRegion: boolean;
}

export const sourceFreshness: readonly SourceFreshness[] = [
  { sourceId: 'ars.journees', label: 'Journées de mission (hebdomadaire)', maxAgeDays: 14, perRegion: true },
  { sourceId: 'ars.volontaires', label: 'Dossiers de volontaires (instantané hebdomadaire)', maxAgeDays: 14, perRegion: true },
  { sourceId: 'ars.lieux', label: 'Lieux solidaires (instantané mensuel)', maxAgeDays: 45, perRegion: true },
  { sourceId: 'ars.satisfaction', label: 'Enquête de satisfaction (mensuelle)', maxAgeDays: 62, perRegion: true },
  { sourceId: 'cnam.actes', label: 'Actes des journées de mission (hebdomadaire)', maxAgeDays: 14, perRegion: false },
  { sourceId: 'cnam.patientele', label: 'Patientèle sans médecin traitant (trimestrielle)', maxAgeDays: 184, perRegion: false },
  { sourceId: 'cnam.effectifs', label: 'Effectifs de généralistes (annuelle)', maxAgeDays: 730, perRegion: false },
  { sourceId: 'drees.apl', label: 'APL aux médecins généralistes (annuelle)', maxAgeDays: 1100, perRegion: false },
  { sourceId: 'drees.urgences', label: 'Temps d’accès aux urgences (annuelle)', maxAgeDays: 1100, perRegion: false },
];
