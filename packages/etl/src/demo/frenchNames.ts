/**
 * Prénoms et noms de la démonstration : des combinaisons fictives, avec des accents (Hélène, Lefèvre)
 * et quelques graphies hors Windows-1252 (Nguyễn, Łukasiewicz, Dvořák) qui ne passent qu'en UTF-8.
 */
export const FIRST_NAMES_WOMEN: readonly string[] = [
  'Hélène', 'Céline', 'Agnès', 'Anaïs', 'Gaëlle', 'Zoé', 'Léa', 'Chloé', 'Maëlle', 'Françoise',
  'Sophie', 'Camille', 'Claire', 'Nathalie', 'Isabelle', 'Julie', 'Émilie', 'Marion', 'Aurélie', 'Inès',
  'Manon', 'Élodie', 'Noémie', 'Pauline', 'Sandrine', 'Valérie', 'Laure', 'Bérénice', 'Solène', 'Amélie',
];

export const FIRST_NAMES_MEN: readonly string[] = [
  'Benoît', 'Jérôme', 'Frédéric', 'Loïc', 'Clément', 'Noël', 'Maël', 'Hervé', 'Stéphane', 'Grégoire',
  'Thomas', 'Nicolas', 'Julien', 'Antoine', 'Pierre', 'Mathieu', 'Olivier', 'Laurent', 'Yannick', 'Rémi',
  'Sébastien', 'François', 'Jean-Luc', 'Cédric', 'Gaël', 'Léo', 'Hugo', 'Étienne', 'Joël', 'Raphaël',
];

export const LAST_NAMES: readonly string[] = [
  'Ménard', 'Lefèvre', 'Béranger', 'Crépin', 'Dupré', 'Hébert', 'Lemaître', 'Chênevert', 'Fèvre', 'Guérin',
  'Martin', 'Bernard', 'Dubois', 'Durand', 'Moreau', 'Laurent', 'Girard', 'Bonnet', 'Mercier', 'Fontaine',
  'Roussel', 'Chevalier', 'Gauthier', 'Perrin', 'Morel', 'Barbier', 'Renaud', 'Leclerc', 'Noël', 'Rolland',
  'Le Gall', 'Le Goff', 'Kerhervé', 'Ollivier', 'Caillaud', 'Daudé', 'Estève', 'Péré', 'Sabatié', 'Vézinet',
  'Bouché', 'Delépine', 'Lagrange', 'Marchand', 'Poirier', 'Rivière', 'Thébault', 'Vallée', 'Aubé', 'Cézard',
  'Hoarau', 'Payet', 'Grondin', 'Técher', 'Alexis', 'Saint-Éloi', 'Ben Saïd', 'Haddad', 'Benali', 'Ould Ahmed',
  "D'Almeida", 'Da Costa', 'Ferreira', 'Nguyễn', 'Trần', 'Łukasiewicz', 'Dvořák', 'Şahin', 'Müller', 'Østergaard',
];

/** Noms qui n'existent pas en Windows-1252 (ễ, ř, Ł) : donnés aux premiers dossiers. */
export const NAMES_OUTSIDE_WINDOWS_1252: readonly string[] = ['Nguyễn', 'Dvořák', 'Łukasiewicz'];
