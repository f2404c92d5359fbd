// Rendue dans le navigateur à partir du paramètre de l'URL, jamais précalculée : la construction ne
// grandit pas avec le nombre de territoires (le serveur sert 200.html pour ces adresses).
export const prerender = false;
