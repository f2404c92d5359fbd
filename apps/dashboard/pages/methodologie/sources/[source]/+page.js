// Rendue dans le navigateur à partir du paramètre de l'URL, jamais précalculée : chaque page de
// source montre les derniers fichiers reçus, et un rafraîchissement hebdomadaire n'a pas à refaire
// une page par source (le serveur sert 200.html pour ces adresses).
export const prerender = false;
