// Rendue dans le navigateur à partir du paramètre de l'URL, jamais précalculée : chaque fiche
// montre les valeurs et les fichiers de la semaine, et un rafraîchissement hebdomadaire n'a pas à
// refaire une page par indicateur (le serveur sert 200.html pour ces adresses).
export const prerender = false;
