
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.fetch-failed.advice': `Vérifiez l’adresse dans src et que le serveur autorise ce site à la lire.`,
'error.fetch-failed.title': `Les données n’ont pas pu être téléchargées.`,
'error.http-status.advice': `Vérifiez que l’adresse dans src est juste et que le fichier est publié.`,
'error.http-status.title': `Le serveur a répondu par une erreur.`,
'error.invalid-data.advice': `Comparez les données au format décrit dans la documentation et corrigez le champ indiqué ci-dessous.`,
'error.invalid-data.title': `Les données n’ont pas les champs attendus.`,
'error.invalid-json.advice': `Vérifiez le JSON collé : il manque peut-être une virgule, un guillemet ou une accolade.`,
'error.invalid-json.title': `Les données ne sont pas du JSON valide.`,
'error.timeout.advice': `Réessayez plus tard, ou augmentez l’attribut timeout.`,
'error.timeout.title': `Le serveur a mis trop de temps à répondre.`,
'error.unsupported-format.advice': `Utilisez l’un des formats décrits dans la documentation.`,
'error.unsupported-format.title': `Ce format de données n’est pas pris en charge.`,
'news.meta.author': `Auteur :`,
'news.meta.dateline': `Lieu :`,
'news.meta.source': `Source :`,
'news.tags': `Mots-clés`,
'news.views.=0': `0 vue`,
'news.views.=1': `1 vue`,
'news.views.=2': `2 vues`,
'news.views.few': str`${0} vues`,
'news.views.many': str`${0} de vues`,
'news.views.one': str`${0} vue`,
'news.views.other': str`${0} vues`,
'state.loading': `Chargement…`,
    };
  