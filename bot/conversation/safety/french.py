"""French rules, as West and North African francophones write."""

from __future__ import annotations

from bot.conversation.safety.lexicon import Lexicon, any_of

# --- French ----------------------------------------------------------------------------

_FR_PARENT = any_of(
    "frere",
    "soeur",
    "sœur",
    "fils",
    "fille",
    "femme",
    "mari",
    "enfant",
    "enfants",
    "bebe",
    "ami",
    "amie",
    "amis",
    "pere",
    "mere",
    "cousin",
    "cousine",
    "oncle",
    "tante",
    "famille",
    "neveu",
    "niece",
    "copain",
    "copine",
    "epoux",
    "epouse",
)

FR = Lexicon(
    words={
        "on_est": any_of(
            "on est",
            "on et",
            "on e",
            "on es",
            "nous sommes",
            "nous somme",
            "nous on est",
            "ont est",
            "on s'est",
            "on sest",
            "nous nous sommes",
            "on se retrouve",
        ),
        "je_suis": any_of("je suis", "j'suis", "jsuis", "chui", "je sui"),
        # One's own body, cut, burnt or scarred.
        "mon_corps": "(?:les|le|la|l'|mes|mon|ma) ?(?:bras|avant-bras|poignets?|veines|cuisses?"
        "|jambes?|peau|ventre|corps)",
        # What a wound by accident is about: cooking, work, a fall, a fence.
        "pas_expres": "(?![^.!?;]*(?:en (?:cuisinant|tombant|travaillant|coupant|bricolant"
        "|me rasant|jouant)|par accident|accidentellement|sans faire expres|au travail|cuisine"
        "|barbele|grillage|cloture|clou|en tombant|je suis tombee?|fer a repasser|four|poele"
        "|casserole|huile|eau bouillante|soleil))",
        # Where one "goes back" only in a figure of speech.
        "au_dela": "(?:dieu|allah|ciel|paradis|seigneur|createur|la terre|la poussiere|la mer"
        "|l'eau|mourir)(?![^ ,.!?;:])",
        # Not followed by a negation ("le bateau coule pas": it does not sink).
        "not_neg": "(?! (?:pas|plus|jamais|point|pa)(?![^ ,.!?;:]))",
        # Not after a negation ("il peut pas couler", "ne risque pas de couler").
        "not_after_neg": "(?<!pas )(?<!pa )(?<!plus )(?<!jamais )(?<!ne )(?<!n')(?<!pas de )"
        "(?<!sans )",
        # Armed or violent men (not guards at their post).
        "arme": any_of(
            "<gens> (?:armes|cagoules|masques)(?: avec (?:des|un|une|leurs) [^ ]+)?",
            "<gens> avec (?:des|un|une|leurs|ses) (?:couteaux?|armes?|fusils?|pistolets?"
            "|machettes?|kalachs?|kalachnikovs?|kalach|batons|gourdins|barres de fer)",
            "quelqu'un (?:d'arme|avec (?:un|une|des) (?:couteaux?|armes?|fusils?|pistolets?"
            "|machettes?))",
        ),
        "gens": "(?:des |les |deux |trois |quatre |plusieurs |[0-9]+ )?(?:hommes|types|gars"
        "|mecs|gens|individus|bandits|jeunes|personnes|inconnus)",
        # ... and those who carry arms at their post: only when they break in.
        "force": "(?:<arme>|(?:des |les |deux |trois |plusieurs )?(?:soldats|militaires"
        "|miliciens|policiers|gardes|gardiens)(?: armes)?|(?:la |une )?milice)",
        "porte": "(?:la |le |l'|notre |nos |ma |mon |leur |cette |ce )?(?:porte|portes|portail"
        "|fenetre|chambre|maison|tente|foyer|batiment|cour|piece|appartement|ghetto"
        "|connexion)",
        # Any word but one that opens a question or a condition.
        "w": "(?!(?:si|s'il|s'ils|quand|lorsque|comment|que|qu'[^ ]*|pourquoi|combien"
        "|est-ce|cas|vrai|possible|frequent|normal|dit|disent|entendu)(?: |$))[^ ]+",
        "le": "(?:(?:le|la|notre|ce|cette|un|une|mon|ma) |l')?",
        "bateau": any_of(
            "bateau",
            "bato",
            "batau",
            "bateaux",
            "barque",
            "zodiac",
            "zodiak",
            "pneumatique",
            "canot",
            "pirogue",
            "embarcation",
            "navire",
            "radeau",
        ),
        "moteur": any_of("moteur", "moteure", "moteurs", "moter", "motor"),
        "parent": _FR_PARENT,
        "ils": any_of(
            "ils",
            "il",
            "elle",
            "elles",
            "on",
            "(?:la )?police",
            "(?:les )?policiers",
            "(?:les )?gardes",
            "les gardiens",
            "(?:les )?passeurs",
            "(?:des|les) hommes",
            "des gens",
            "les militaires",
            "(?:les )?soldats",
            "les milices",
            "(?:les )?ravisseurs",
            "les kidnappeurs",
            "(?:des|les) bandits",
            "les trafiquants",
            "quelqu'un",
            "un homme",
            "un groupe",
            "une bande",
            "des inconnus",
            "un inconnu",
            "des types",
            "un type",
        ),
        "eau": any_of("l'eau", "l eau", "leau"),
        "de_l_eau": any_of("de l'eau", "de l eau", "de leau", "d'eau", "d eau", "deau"),
        # "En finir" with one's life, not with a file or a procedure.
        "en_finir": "en finir(?! avec (?:ce|cette|ces|cet|le|la|les|mon|ma|mes|l') ?(?:dossier"
        "|procedure|demande|papiers|paperasse|attente|histoire|probleme|travail|boulot|examen"
        "|cours|voyage|affaire|asile|administration)[^ ]*)",
        # What "kills" only in a figure of speech ("cet examen va me tuer").
        "not_figurative": "".join(
            f"(?<!{noun} )"
            for noun in (
                "examen",
                "examens",
                "travail",
                "boulot",
                "taf",
                "attente",
                "stress",
                "ennui",
                "procedure",
                "paperasse",
                "dossier",
                "film",
                "serie",
                "cours",
                "prof",
                "ca",
                "sa",
                "cela",
                "rire",
                "ecole",
                "match",
                "patron",
                "chef",
                "maths",
                "devoirs",
                "questions",
            )
        ),
        # What people beat with, and how they say it (West Africa: "chicoter", to whip).
        "hit": "(?:frappent|frappe|battent|bat|tabassent|tabasse|tapent|tape|cognent|cogne"
        "|chicotent|chicote|fouettent|fouette|torturent|torture)",
        "tail": "(?: (?:svp|stp|s'il vous plait|s'il te plait|sil vous plait|sil te plait|vite"
        "|maintenant|urgent|urgence|tout de suite|aidez|au secours|a l'aide|sos|pitie|nous"
        "|moi|help|please))*(?= ?(?:$|[.!?,;:]|(?:on|nous|je|j'|jai|il|ils|elle|notre|nos"
        r"|mon|ma|y a|ya|il y a|personne|c'est|ca|sa|pas|plus)(?![\w])))",
    },
    sea=(
        "<le><bateau>(?: qui)? (?:est |a |va |commence a |est en train de |en train de )?(?:coule"
        "|couler|sombre|sombrer|chavire|chavirer|se renverse|s'est renverse|renverse"
        "|se retourne|s'est retourne|retourne|prend l'eau|prend de l'eau|prends l'eau"
        "|prend leau|se degonfle|degonfle|se degonfler|se casse|s'est casse|casse|se brise"
        "|brise|fuit|perce|troue|plein <de_l_eau>|se remplit <de_l_eau>|rempli <de_l_eau>"
        "|explose|creve|en morceaux|en feu|perd (?:de l'air|l'air|de l air|son air)|penche"
        "|se remplit (?:doucement |vite |lentement |de plus en plus )<de_l_eau>|en panne"
        "|remplie <de_l_eau>|s'est fendue?|fendue?|s'est ouverte|ouverte en deux"
        "|(?:cassee|percee|trouee|renversee|retournee|degonflee|crevee|explosee|brisee|coulee"
        "|chaviree)(?! (?:l'an|il y a|en 20))"
        "|se couche|gite|se remplit(?= ?(?:$|[.!,]| vite| d'eau| de plus en plus)))<not_neg>",
        "(?:un |le |les |nos |notre )?(?:boudin|boudins|tube|tubes) (?:est |sont )?(?:vide|vides"
        "|degonfle|degonfles|creve|creves|eclate|perce)",
        "(?:fond|plancher|boudin|boudins|cote|tube) (?:du|de notre|de la|de ce) <bateau>"
        " (?:a cede|cede|a lache|lache|est casse|a eclate|eclate|s'est dechire|est dechire"
        "|est perce|a creve)",
        "(?:on|nous|je) (?:ecope|ecopons|ecopes|vide l'eau|vidons l'eau|enleve l'eau"
        "|enlevons l'eau|jette l'eau)",
        "(?:les |nos )?pieds dans l'eau",
        "^(?:on )?(?:chavire|chavirons|coule|coulons)(?= ?(?:$|[.!,]))",
        "(?:ils|elles|on|nous) (?:coulent|coulons|coule|sont en train de couler)<not_neg>",
        "<le><bateau> (?:a|ont) (?:un |des |deux )?(?:trou|trous|fuite|fuites)",
        "(?:il y a|ya|y a|il ya|y'a) (?:un |des |deux |un gros )?(?:trou|trous|fuite|fuites)"
        " (?:dans|sur) (?:le|notre|la) <bateau>",
        "(?:on|nous|ca|sa|il|tout) (?:est en train de |est entrain de |va |commence a )?"
        "(?:coule|coulons|couler|sombre|sombrons|chavire|chavirons|prend l'eau|prend leau)"
        "<not_neg>(?! (?:souvent|parfois|rarement|facilement|tout le temps|chaque|en general"
        "|d'habitude)(?![^ ,.!?;:]))",
        "(?:on|nous|ils|il|elle|quelqu'un|des gens|des personnes|des enfants|les gens"
        "|mon <parent>|ma <parent>|un enfant|une femme|un homme|un bebe|le bebe"
        "|plusieurs personnes) (?:est en train de |sont en train de |va |vont )?(?:se noie"
        "|se noient|se noyer|nous noyons|noye|noyes|noyee)",
        "(?:<eau>|la mer|l'eau de mer|les vagues)(?: froide| salee| glacee)? (?:rentre"
        "|entre(?! (?:[^ ]+ ){1,3}et )|rentrent|monte|penetre"
        "|entrait|rentrait|montait"
        "|arrive|coule|envahit|remplit|passe par[- ]dessus|passent par[- ]dessus|deborde"
        "|nous submerge|submerge)",
        "(?:<de_l_eau>|<eau>)(?: [^ ]+)? jusqu'(?:a|aux|au) ?(?:la taille|aux genoux|la poitrine"
        "|aux chevilles|au ventre|au cou|genoux|taille)",
        "(?:le |notre )?(?:capitaine|pilote|passeur) (?:a saute|a plonge|s'est jete|est parti a la"
        " nage|a quitte le bateau|a abandonne le bateau|s'est enfui)",
        "(?:il y a|ya|y a|il ya|y'a|plein) (?:<de_l_eau>|beaucoup <de_l_eau>|trop <de_l_eau>"
        "|<eau>) (?:qui rentre|qui entre|qui monte|dans le <bateau>|dans notre <bateau>"
        "|dans la <bateau>|partout)",
        "(?:<de_l_eau>|<eau>) (?:partout|dans (?:le|notre|la) <bateau>)",
        "<le><bateau> (?:est )?en (?:difficulte|detresse|danger|perdition)",
        "(?:on|nous) (?:flotte|flottons|derive) (?:en pleine mer|au milieu de la mer|au large"
        "|sur la mer)",
        "(?:de la )?fumee (?:sort|sort du|du) moteur",
        "(?:des|les) passagers (?:sont |se )?(?:tombes?|tombent|glissent|glisse|jetes?)"
        " (?:a l'eau|a la mer|dans l'eau|dans la mer)",
        "(?:glisse|glissent|glisses) (?:a l'eau|a la mer|dans l'eau|dans la mer)",
        "<le><bateau>(?: (?:de|du) (?:mon|ma|mes|notre) <parent>)? (?:est |sont )?(?:immobilise"
        "|immobilisee|bloque|bloquee|arrete|arretee)(?: (?:en|au|a) (?:mer|large))",
        "(?:on est|nous sommes|je suis) (?:bloques?|coinces?|perdus?|seuls?|en panne) en"
        " (?:pleine )?mer",
        "(?:tombe|tombent|tombes|tombee|tombees) (?:a leau|dans leau|a l eau|dans l eau)",
        "(?:des gens|des personnes|quelqu'un|quelquun|un enfant|une femme|un homme|un bebe"
        "|mon <parent>|ma <parent>|il|elle|ils|des enfants|plusieurs personnes|les gens"
        "|[0-9]+ personnes|on|nous) (?:est |sont |a |ont |vient de |viennent de )?(?:tombe"
        "|tombes|tombee|tombees|tomber|tombent|jete|jetes|saute|sautent) (?:a l'eau"
        "|a la mer|dans l'eau|dans la mer|du bateau|par dessus bord|par-dessus bord)",
        "(?:des gens|des personnes|gens|personnes|des enfants|quelqu'un|il|elle|ils|on|nous"
        "|tout le monde|plusieurs|[0-9]+ personnes) (?:sont |est |se retrouvent )?(?:partout )?"
        "(?:dans l'eau|a l'eau|dans la mer)",
        "(?:passe|passes|passee|passees|tombe|tombes|tombee|tombees|jete|jetes) par[- ]dessus bord",
        "homme a la mer",
        "(?<!si )(?:prend|prennent|prends) (?:de )?<eau>",
        "(?:se vide|se vident|a perdu|perd) (?:de )?(?:son |tout son |tout l'|l')air",
        "(?:<w> ){1,2}(?:est|sont) (?:tombe|tombes|tombee|tombees) (?:a l'eau|a la mer"
        "|dans l'eau|dans la mer|du bateau|par dessus bord|par-dessus bord)",
        "(?:appelez|appelle|contactez|contacte|prevenez|previens|alertez|envoyez|envoie)"
        " (?:les |la |le |un |une )?(?:garde[- ]?cotes?|gardes[- ]?cotes|secours en mer"
        "|marine|alarm ?phone|bateau de secours|sauvetage)",
    ),
    vessel=(
        "<le><moteur> (?:est |s'est |a |est tombe |vient de |est completement )?(?:en panne"
        "|tombe en panne|arrete|s'arrete|s'est arrete|ne marche (?:plus|pas)|marche plus"
        "|marche pas|fonctionne plus|ne fonctionne plus|ne demarre (?:plus|pas)"
        "|demarre plus|demarre pas|mort|casse|lache|a lache|brule|en feu|eteint|coupe|hs"
        "|foutu|a pris feu|prend feu|fume|gate|gatee|s'est gate)",
        "(?:perdu|perd) (?:le|notre) moteur",
        "<le><bateau> (?:ne )?(?:bouge|avance|marche) (?:plus|pas|pa|plu)",
        "(?:coordonnees|coordonnees gps|notre position|la position)[: ]+ ?[0-9]{1,3}[.,°][0-9]+",
        "panne (?:de |du )?moteur",
        "(?:sans|pas de|plus de) moteur",
        "(?:plus|pas|plu|sans|manque|plus du tout|on a plus|on n'a plus|y a plus"
        "|il n'y a plus) (?:d'|de |d |du )?(?:essence|carburant|gasoil|gazoil|fuel|diesel)",
        "(?:essence|carburant|gasoil|fuel) (?:est )?(?:fini|finie|termine|epuise|vide)",
        "(?:on|nous)(?: est| sommes)? (?:a la derive|en derive|derive|derivons)",
        "on (?:ne )?voit (?:plus |pas )?(?:la cote|la terre)",
        "(?:notre |nos )?(?:position|coordonnees|gps) (?:est|sont|:)",
    ),
    desert=(
        "(?:(?:<on_est>|<je_suis>|(?:<w> ){0,2}(?:est|sont|etait|etaient)) |^)"
        "(?:[0-9]+ |encore |toujours |completement |tous )?(?:perdu"
        "|perdus|perdue|perdues|egare|egares|egaree|egarees|bloque|bloques|bloquee"
        "|bloquees|coince|coinces|coincee|coincees|abandonne|abandonnes|seuls|seul|paume"
        "|paumes) (?:dans le|en plein|au milieu du|au milieu de|dans ce|entre les|dans les)"
        " (?:desert|sahara|sable|dunes|tenere)",
        "(?:a|ont|nous a|nous ont|m'a|m'ont|on a ete|nous avons ete|j'ai ete|on est"
        "|nous sommes|je suis) (?:abandonne|laisse|lache|jete|depose|largue)(?:e|s|es)?"
        " (?:[^ ]+ ){0,4}(?:dans le|en plein|au milieu du) (?:desert|sahara|tenere)",
    ),
    stranded=(
        "(?:le |notre |les |nos )?(?:chauffeur|chauffeurs|passeur|passeurs|conducteur|guide"
        "|capitaine|trafiquants|pick-?up|camion|4x4|voiture|vehicule)(?: nous| m'| m)? ?(?:a|ont)"
        " (?:abandonne|laisse|lache|jete|depose|largue|oublie)(?:e|s|es)?",
        "(?:est|sont) (?:parti|partie|partis|reparti|repartis) sans nous",
        "(?:perdus?|perdues?|bloques?|coinces?|seuls?)(?: et)? sans eau",
        "personne n'est (?:venu|venue|revenu|arrive)",
        "il (?:nous|me) reste (?:juste |seulement |que |qu')?(?:un|une|qu'un|qu'une|un peu|peu)"
        " (?:de )?(?:bidon|bouteille|litre|jerrican|gorgee|d'eau)",
        "(?:on|nous) (?:marche|marchons) dans le (?:sable|desert|sahara) depuis",
        "(?:les |le |notre |nos )?(?:chauffeurs?|conducteurs?|passeurs?|guides?) (?:ont|a|sont"
        "|est) (?:disparu|partis?|fui|enfuis?)",
        "(?:le |notre )?(?:chauffeur|conducteur|passeur|guide) (?:est parti|est reparti"
        "|s'est enfui|s'est sauve|a fui|a disparu|a pris la fuite)",
        "(?:la |notre |le |nos )?(?:voiture|camion|4x4|pick-?up|pick up|vehicule|toyota"
        "|land ?cruiser|jeep|hilux)(?: est| s'est| a)? (?:en panne|tombee? en panne|casse"
        "|cassee|ensable|ensablee|bloque|bloquee|renverse|renversee|coince|coincee|enterre"
        "|enterree|enfonce|enfoncee"
        "|ne marche (?:plus|pas)|marche plus|arrete|arretee|s'est arrete|s'est arretee|gate"
        "|gatee|s'est gate|s'est gatee)",
        "(?:on n'a|on na|on a|nous n'avons|nous avons|j'ai|je n'ai|jai) (?:plus|pas|plu|pa"
        "|plus du tout|pas du tout|pas une goutte) (?:d'eau|deau|d eau|de l'eau|a boire)",
        "(?:il n'y a|il ny a|il y a|y a|ya|y'a|n'y a) plus <de_l_eau>",
        "(?<!prendre )(?<!faut )(?<!besoin de )(?<!beaucoup )(?<!avoir )(?<!acheter )"
        "(?<!emporter )(?<!apporter )(?<!boire )(?<!n'y a )(?<!ny a )(?<!n'avait )(?<!navait )"
        "(?<!avait )(?:plus|plu) <de_l_eau>(?! que)",
        "(?:^|[,.!;] ?|et )(?:pas|pa) <de_l_eau>",
        "(?:pas|pa) <de_l_eau> (?:depuis|du tout|ici|maintenant)",
        "(?:pas|pa|plus) <de_l_eau> (?:depuis |ca fait )?(?:[0-9]+|deux|trois|quatre) (?:jours?"
        "|heures?|nuits?)",
        "(?:sans|pas de|plus de|ni) (?:nourriture|manger|bouffe) (?:ni|et) (?:d')?eau",
        "(?:jours?|heures?|hier|depuis [^ ]+) sans (?:eau|boire|rien boire)",
        "(?:sans|pas d'|plus d'|ni) ?eau (?:ni|et) (?:de )?(?:nourriture|manger|bouffe)",
        "(?:des gens|quelqu'un|il|elle|mon <parent>|ma <parent>|des enfants|on|nous|un enfant"
        "|une femme|un homme|le bebe|mon bebe|les enfants|des personnes|[0-9]+ personnes)"
        " (?:meurt|meurent|est en train de mourir|sont en train de mourir) de soif",
        "(?:meurent|meurt|mourons|meurs) de soif (?:ici|maintenant)",
        "sans eau depuis",
        "(?:on est|nous sommes|je suis)(?: [^ ]+){0,5} sans eau",
        "(?:laisse|abandonne|jete|depose|largue)(?:e|s|es)?(?: [^ ]+){0,6} sans eau",
        "(?:derniere|dernieres) (?:bouteille|bouteilles|goutte|gouttes|gorgee|litre|litres)"
        " (?:d'eau|deau|d eau)",
        "(?:plus|pas|sans) une (?:seule )?goutte (?:d'eau|deau|d eau)",
        "(?:un seul|une seule|qu'un|qu'une|juste un|juste une) (?:jerrican|bidon|bouteille|litre)"
        " d'eau pour (?:[0-9]+|dix|quinze|vingt|trente|quarante|tout le monde)",
        "(?:chauffeur|passeur|passeurs|guide|conducteur)(?: [^ ]+){0,6} (?:n'est jamais"
        "|n'est pas|ne sont jamais|ne sont pas|jamais) (?:revenu|revenus|reviendra)",
        "(?:[0-9]+|deux|trois|quatre|cinq|plusieurs) personnes (?:sont )?(?:deja )?(?:mortes?"
        "|morts?|decedees?) de soif",
        "(?:on a|nous avons|j'ai) (?:tres |trop |tellement )?soif(?! de)",
        "(?:depuis [^ ]+(?: [^ ]+)?|on reste|on marche|nous marchons) sans eau",
        "(?:plus|pas) rien a boire",
        "rien a boire depuis",
        "(?:l'eau|leau|notre eau) (?:est )?(?:finie|fini|terminee|termine|epuisee)",
        "(?:on a|nous avons|j'ai) (?:fini|termine|bu) (?:toute |tout |toute notre"
        " |la derniere )?(?:l'eau|leau|notre eau|eau)",
        "(?:on|nous|je) (?:meurt|meurs|mourons|va mourir|vais mourir|allons mourir"
        "|est en train de mourir) de soif",
        "(?:on|nous) (?:marche|marchons)(?: [^ ]+){0,4} depuis (?:[0-9]+|deux|trois|quatre"
        "|cinq|plusieurs) jours",
    ),
    self_harm=(
        "(?:je|j|j'|moi je) ?(?:vais|vai) (?:me tuer|me suicider|<en_finir>|mettre fin a (?:ma vie"
        "|mes jours)|me jeter|me pendre|me faire du mal)",
        "(?:je|j|j'|moi je) ?(?:veux|veut|veu|voudrais|ve|vx|souhaite|prefere"
        "|prefererais|pense a|pense au|pense (?:souvent|sans arret|tout le temps|toujours) a"
        "|songe a) (?:juste |vraiment |bien )?"
        "(?:mourir|crever|me tuer|me suicider|me suicide|suicider|<en_finir>|disparaitre"
        "|me jeter|mettre fin a (?:ma vie|mes jours)|me faire du mal|me faire mal|me blesser"
        "|me noyer|m'ouvrir les veines|me couper les veines"
        "|me pendre|suicide|la mort|tout arreter|les rejoindre)",
        "(?<!ne )(?:veux|veut|voudrais) (?:juste |vraiment )?(?:mourir|me suicider|<en_finir>)",
        "(?:(?<!tu )veux|(?:je|j'|j) ?(?:veut|veu|voudrais)) (?:juste |vraiment )?me tuer",
        "(?:ca|sa|cela) (?:ne )?sert a rien de vivre|vivre ne sert a rien",
        "(?:je vais|jvais|j'vais|je veux) sauter (?:du|d'un|par la|de la|dans le) (?:pont|toit"
        "|fenetre|immeuble|falaise|vide|balcon)",
        "dieu (?:reprends|prends)[- ]moi",
        "(?:je suis|chui|jsuis) au bout(?! du| de)",
        "(?:adieu|au revoir) (?:a tous|tout le monde|pour toujours)",
        "je me deteste",
        "(?:ne )?merite (?:pas|plus) de vivre",
        "(?:personne|nul) ne (?:serait|sera) (?:triste|malheureux)(?: [^ ]+)? si je (?:meurs"
        "|mourais|disparais|disparaissais)",
        "(?:va|vont|veut|veulent) se faire du mal",
        "mettre fin a (?:ma vie|mes jours|ses jours|sa vie|leurs jours)",
        "(?:vois|trouve) (?:plus |pas |aucun |aucune )?(?:l'interet|d'interet|le sens|de sens"
        "|de raison|la raison|l'utilite) (?:de|a) vivre",
        "envie (?:de|d') ?(?:mourir|crever|me tuer|me suicider|<en_finir>|me faire du mal"
        "|disparaitre)",
        "en finir avec (?:la vie|ma vie|tout|moi|mes jours)",
        "(?:idees?|pensees?) (?:suicidaires?|noires|de suicide|de mort|de me tuer)",
        "pense (?:tout le temps |toujours |souvent |sans arret )?a (?:la mort|mourir|me tuer"
        "|me suicider|en finir)",
        "(?:parle|parlent|pense|pensent) (?:de|a) se (?:tuer|suicider)",
        "(?:aimerais|aimerai|voudrais|souhaite|souhaiterais) (?:juste )?mourir",
        "(?:je vais|jvais|j'vais) sauter[.!]*$",
        "(?:plus|pas) envie de vivre",
        "(?:veux|voudrais) (?:plus|pas) (?:me reveiller|vivre|exister)(?! (?:en|a|au|aux|dans"
        "|ici|la-bas|avec|sans|chez|loin|pres|seule?|tard|tot|avant|trop)(?![^ ,.!?;:]))",
        "ne plus (?:me reveiller|vivre|exister)(?! (?:en|a|au|aux|dans|ici|la-bas|avec|sans|chez"
        "|loin|pres|seule?|tard|tot|avant|trop)(?![^ ,.!?;:]))",
        "(?:je |j|j')?(?:ne )?veux plus vivre",
        "(?:me|se) foutre en l'air",
        "(?:me|se) (?:flinguer|buter|pendre)",
        "vie (?:n'a|na|a) plus (?:de|aucun) sens",
        "(?:plus|pas) (?:d'espoir|aucun espoir|d espoir)(?! (?:d'|de |pour |que |qu'))",
        "(?:perdu|plus) (?:tout |aucun )?espoir(?! (?:d'|de |pour |que |qu'))",
        "(?:je suis |suis )?(?:desespere|desesperee)",
        "a quoi (?:bon|ca sert de|sert de) vivre",
        "(?:aucune|plus de|pas de) raison de vivre",
        "(?:prefere|prefererais|plutot|mieux vaut|vaut mieux) (?:me noyer|crever|me tuer|me jeter)",
        "(?:j'aurais du|jaurais du|j'aurais voulu|j'aurais prefere) (?:mourir|me noyer|crever"
        "|y rester|rester dans la mer)",
        "autant (?:en finir|mourir|me tuer|crever)",
        "a quoi bon (?:continuer|vivre|me battre|rester en vie|tout ca)(?= ?(?:$|[.!?,]| comme))",
        "(?:veux|voudrais|j'aimerais) (?:juste )?que (?:tout|la douleur|cette vie|ma vie"
        "|la souffrance|tout ca|cette souffrance) (?:s'arrete|se termine|finisse)",
        "(?:dormir|m'endormir) (?:pour toujours|a jamais|et ne (?:jamais|plus|pas) me reveiller)",
        "ne (?:jamais|plus|plus jamais|jamais plus) me reveiller(?! (?:tard|tot|en retard|avant"
        "|a [0-9]|trop))",
        "je saute (?:du|d'un|par la|de la) (?:pont|toit|fenetre|immeuble|falaise|balcon)",
        "(?:idee|pensee|envie) de (?:me noyer|me tuer|me suicider|mourir|en finir|me jeter)",
        "(?:plus rien|rien) n'a (?:plus )?(?:de|aucun) sens|plus aucun sens",
        "envie (?:de|d') ?(?:me blesser|me couper|me noyer|sauter (?:dans la mer|du pont"
        "|par la fenetre|dans le vide)"
        "|tout arreter|ne plus exister|ne plus me reveiller)",
        "(?:me reposer|dormir|disparaitre|partir) (?:pour toujours|a jamais|pour de bon)",
        "(?:jamais|pas) (?:ne )?naitre|(?:jamais|pas) ete ne(?:e)?",
        "(?:avaler|prendre|avale|pris|prends|vais prendre) (?:tous|toutes) (?:mes|les) (?:cachets"
        "|pilules|medicaments|comprimes)",
        "(?:serais|serait|serai) mieux (?:mort|morte|morts)",
        "(?:la vie|ma vie|vivre|cette vie)(?: est| devient| est devenue| devenue)? (?:insupportable"
        "|invivable)",
        "je ne serai (?:plus|pas) (?:la|en vie|vivant|vivante)(?! (?:pour|a|au|demain a))",
        "(?:veux|vais|envie de) me couper(?! les cheveux| les ongles| la barbe)",
        "que (?:tout|ca|tout ca) (?:finisse|s'arrete|se termine)(?= ?(?:$|[.!,]))",
        "(?:ne )?veux plus etre la(?= ?(?:$|[.!,]))",
        "(?:vois|trouve) (?:pas|plus|aucune) d'issue",
        "(?:mieux|plus heureux|plus heureuse) sans moi",
        "(?:un fardeau|une charge) pour (?:ma famille|tout le monde|les autres|mes parents)",
        "(?:prepare|achete|garde|cache) (?:les|mes|des|la|une) (?:cachets|pilules|medicaments"
        "|corde)",
        "(?:lettre|message|mot) d'adieu",
        "(?:ecrit|ecris|ecrire|fait) mes adieux",
        "(?:je vais|jvais|j'vais|peur de|envie de|risque de) faire une (?:betise|connerie|folie)",
        "pourquoi (?:je suis encore en vie|je vis encore|suis-je encore en vie|je suis encore la)",
        "(?:survivre|tenir) (?:un jour|une nuit|une journee) de plus",
        "dernier message(?: [^ ]+){0,3}[,.!]? ?(?:adieu|pardon|pardonnez[- ]moi|je vous aime)",
        "(?:dans la mer|dans l'eau|dans le fleuve) et ne (?:pas|jamais|plus) (?:revenir|remonter)",
        "(?:egal|m'en fous|m'en fiche) de (?:vivre ou (?:de )?mourir|mourir)",
        "(?:vie|vivre) ne vaut (?:plus|pas) la peine",
        "(?:plus|pas) la peine de vivre",
        "me jeter (?:sous|du haut|par la fenetre|d'un pont|dans la mer|a l'eau|dans le fleuve)",
        "la mort (?:serait|est|sera) (?:mieux|meilleure|plus douce|preferable|un soulagement)",
        "(?:plus|pas|perdu|aucune) (?:la |l')?(?:force|volonte|envie|gout|energie) de (?:vivre"
        "|continuer a vivre|me battre)",
        "rien (?:pour quoi|a quoi) vivre",
        "(?:decide|decidee|decider|resolu) (?:de |d')(?:me tuer|me suicider|mourir|en finir"
        "|mettre fin a)",
        "(?:il n'y a|ya|y a|il y a) plus rien pour moi(?: dans cette vie| ici| sur terre)?",
        "(?:corde|cachets|pilules|couteau|lame|poison)(?: [^ ]+){0,4} (?:je suis|suis) pret(?:e)?",
        "(?:mieux|plus simple) (?:pour (?:tout le monde|tous|ma famille|eux) )?si je (?:mourais"
        "|meurs|disparaissais|disparais|n'etais plus la|n'existais plus)",
        "(?:j'espere|jespere|je prie|je souhaite) que (?:le|notre|ce) <bateau> (?:coule|coulera"
        "|chavire|chavirera)",
        "(?:je devrais|je dois|il faut que je) (?:juste )?(?:mourir|me tuer|disparaitre|en finir)",
        "(?:je me|j'me|jme) (?:coupe|scarifie|fais du mal|suicide|tue|pends|jette)(?! (?:au|a la"
        "|de) (?:travail|boulot|tache)| les cheveux| les ongles)",
        "(?:coupe|couper|ouvert|ouvrir|tailler|taillade) (?:les|mes) (?:bras|veines|poignets)",
        "(?:ma vie|vivre|la vie) ne (?:sert (?:plus )?a rien|vaut (?:plus )?rien)",
        "(?:j'en ai|jen ai|j en ai) (?:fini|termine|marre) avec (?:la vie|ma vie|tout)",
        "(?:plutot|vaut mieux|mieux vaut) mourir",
        "personne ne (?:me regrettera|me regretterait|remarquera|s'en souciera)",
        "(?:pris|avale) (?:des|trop de|beaucoup de|plein de|tous mes|toutes mes)"
        " (?:medicaments|cachets|pilules|comprimes)",
        "(?:veut|veulent|va|vont|essaye de|essaie de|a essaye de|menace de) se (?:suicider"
        "|tuer|pendre|jeter)",
        "suicidaire",
        "(?:avale|pris|bu|prendre|avaler) (?:toute |tout |toutes |une |la |ma |mes )?"
        "(?:la |une |ma )?"
        "(?:plaquette|plaquettes|boite|boites|tube|flacon)(?: entiere| entieres)? (?:de |d')?"
        "(?:medicaments|cachets|pilules|comprimes|somniferes|doliprane|paracetamol)",
        "(?:pardonnez|pardonne|excusez|excuse)[- ]moi (?:pour|de) ce que je vais faire",
        "(?:c'est fini|c'est la fin|tout est fini) pour moi(?: [^ ]+){0,6} (?:adieu|pardon"
        "|pardonnez|je vous aime|je t'aime|dites a|dis a)",
        "(?:adieu|pardonnez[- ]moi|pardonne[- ]moi|je vous aime|dites a|dis a)(?: [^ ]+){0,8}"
        " (?:c'est fini|c'est la fin|tout est fini) pour moi",
        "vous ne me (?:reverrez|verrez) (?:plus|plus jamais|jamais)(?= ?(?:$|[.!,]))",
        "(?:j'en|j en|jen) (?:finis|termine)(?= ?(?:$|[.!,]| ce soir| cette nuit| demain"
        "| aujourd'hui| avec (?:la vie|ma vie|tout)))",
        # Cutting or hurting oneself, also again ("je recommence a me couper").
        "(?:recommence|recommencer|remis|remise|repris|reprendre|reprends|continue|continuer"
        "|arrive pas a arreter de|arrive plus a arreter de|peux pas arreter de|peux plus arreter"
        " de|arrete pas de|envie de|besoin de|besoin urgent de|veux|vais) (?:a |de |d')?me"
        " (?:couper|taillader|scarifier|bruler|mutiler|blesser|faire du mal|faire mal|frapper"
        "|griffer|entailler|faire souffrir|punir)(?! (?:les cheveux|les ongles|la barbe))",
        "(?:je me|j'me|jme) (?:refais|refait|recoupe|retaillade|rescarifie) ?(?:du mal"
        "|<mon_corps>)?",
        "(?:je me|j'me|jme|je me suis|je me suis encore|je me suis de nouveau|me suis)"
        " (?:taillade|tailladee|mutile|mutilee|entaille|entaillee|brule|brulee|griffe"
        "|griffee|scarifie|scarifiee|coupe|coupee|lacere|laceree)s? (?:encore |de nouveau"
        " |a nouveau )?<mon_corps><pas_expres>",
        "(?:me|se) (?:blesse|blesser|fais mal|faire mal|frappe|brule|coupe|mutile)"
        " (?:expres|volontairement|moi-meme)",
        "(?:punir|punis|punit|detruire|abimer|faire souffrir|mutiler) (?:mon corps|ma peau)",
        "(?:je me|jme|j'me) (?:tape|cogne|frappe) la tete contre (?:le|les|un) murs?"
        "(?! (?:avec|a cause))",
        "(?:me faire mal|me faire du mal|me couper|me blesser|me bruler|me frapper|me taillader)"
        "(?: [^ ]+){0,3} pour (?:sentir|ressentir) (?:quelque chose|qqch|enfin quelque chose"
        "|la douleur|que je suis (?:vivant|vivante|en vie))",
    ),
    despair=(
        "(?:je|j') ?(?:ne )?(?:peux|peut|supporte) plus (?:vivre|continuer|supporter"
        "|cette vie|la vie|ma vie)",
        "(?:marre|fatigue|fatiguee|las|lasse) de (?:la vie|vivre)",
        "(?:je n'en|je nen|j'en|jen|je en) peux plus(?! d'(?!exister)| de (?!vivre|cette vie"
        "|la vie|ma vie)| des | du )",
        "(?:ne )?(?:peux|peut) (?:pas|plus) continuer comme (?:ca|sa|cela)",
    ),
    plan=(
        "(?:rentrer|retourner|repartir|revenir|rentre|retourne|reparte|revienne)(?: chez moi"
        "| chez nous| a la maison| au pays| au bled| dans mon pays| (?:en|au|aux|a|chez)"
        " (?!<au_dela>)[^ ,.!?;:]+)",
        "comment (?:je |on )?(?:rentre|rentrer|retourne|retourner|repartir|revenir)",
        "(?:retour volontaire|retour au pays|aide au retour|billet (?:de )?retour|oim)",
    ),
    general=(
        "(?:<on_est>|<je_suis>|(?:mon|ma|mes|notre|nos) <parent> (?:est|sont)|il est"
        "|elle est|ils sont)(?: encore| toujours)? (?:retenu|retenus|retenue|retenues|otage"
        "|otages|enferme|enfermes|enfermee|enfermees|sequestre|sequestres|sequestree"
        "|prisonniers?) (?:contre|pour|par|chez|dans)",
        "rancon (?:de|pour|contre) (?:[0-9]+|mon|ma|mes|moi|nous|lui|elle)",
        "(?:demandent|demande|veulent|exigent|reclament) (?:une |la )?rancon",
        "(?:demandent|demande|veulent|veut|exigent|exige|reclament|ont demande)(?: [^ ]+){0,3}"
        " (?:rancon|argent|l'argent|de l'argent|sous|[0-9]+[^ ]*|euros|dollars|dinars)"
        " (?:a|aupres de) (?:ma|mes|notre|nos|mon) (?:famille|familles|parents|mere|pere"
        "|proches|frere)",
        "(?:pour|avant de) (?:me|nous|le|la|les|l') ?(?:liberer|relacher|laisser partir)",
        "<ils> (?:nous|me|m'|m|le|la|les|l') ?(?:frappe|frappent|bat|battent|torture|torturent"
        "|tabasse"
        "|tabassent|attaque|attaquent|agresse|agressent|viole|violent|tire|tirent|poursuit"
        "|poursuivent|fouette|fouettent|electrocute|electrocutent|brule"
        "|brulent|tape|tapent|cogne|cognent|chicote|chicotent)",
        "(?:sont|est) en train de (?:nous |me |m'|les |le |la |l')?(?:frapper|tabasser|torturer"
        "|tuer|violer|attaquer|battre|taper|chicoter|fouetter)(?! le temps)",
        "en train de (?:nous |me |m')vendre",
        "en train de vendre (?:les |des )?(?:gens|femmes|filles|enfants|migrants|personnes|noirs"
        "|etres humains|hommes)",
        "(?:un homme|un monsieur|quelqu'un|un type|un gars|le voisin|mon voisin|il|ils) qui <hit>"
        " (?:sa|une|la|des|les|son|ses) (?:femme|fille|enfant|enfants|gens|femmes|filles|soeur"
        "|copine|mere|fils|bebe)(?: [^ ]+){0,5} (?:a cote|dans la (?:chambre|piece|maison)"
        " (?:a cote|d'a cote|voisine)|maintenant|en ce moment|ici|elle crie|il crie|ca crie)",
        "(?:tirent|tire) sur (?:nous|moi|le bateau|notre)",
        "(?:il y a|ya|y a|on entend|j'entends) des (?:tirs|coups de feu|balles|explosions)",
        "<ils> (?:attaquent|attaque) (?:le|notre|la) (?:camp|maison|bateau|groupe|voiture|foyer)",
        "(?:des hommes|hommes|quelqu'un) armes?",
        "(?:des hommes|un homme|des gens|quelqu'un) avec (?:des|un|une) (?:couteaux?|armes?"
        "|fusils?|pistolets?|machettes?|kalachnikovs?)",
        "(?:pistolet|arme|fusil|couteau) (?:sur|contre|sous) (?:la|ma|sa|notre) (?:tete|gorge"
        "|tempe|cou)",
        "(?:entre les|aux) mains (?:d'une|de la|des|d'un) (?:milice|passeurs|ravisseurs|kidnappeurs"
        "|trafiquants|bande|gang)",
        "(?:emmene|emmenee|emmenes|pris|prise|fait monter|embarque|embarquee|traine|trainee"
        "|pousse|poussee)(?: [^ ]+){0,3} de force",
        "(?:tirent|tire) (?:sur|dans) (?:nous|moi|le bateau|notre|le camp|la maison|les gens"
        "|tout le monde|la foule)",
        "(?:nous|m'|me|l'|les) ?(?:ont|a) (?:enferme|sequestre|enfermee|enfermes|sequestres)",
        "(?:personne|on|nous|je) ne (?:peut|peux|pouvons) (?:pas |plus )?(?:sortir|partir"
        "|s'enfuir)(?= ?(?:$|[.!,]))",
        "(?:demandent|demande|veulent|veut|exigent) (?:[0-9]+[^ ]*|une rancon)(?: [^ ]+)?"
        " (?:chacun|par personne|par tete|pour chacun)",
        "(?:veulent|demandent|exigent) (?:[0-9]+[^ ]*|de l'argent)(?: [^ ]+){0,2} pour (?:mon"
        "|ma|mes|notre|nos) <parent>",
        "(?:appellent|appelle|ont appele)(?: [^ ]+){0,3} pour (?:de l'argent|la rancon"
        "|une rancon|l'argent)",
        "(?:attrape|arrete|capture|pris|enleve)(?:e|s|es)?(?: [^ ]+){0,4} (?:demandent|veulent"
        "|exigent) (?:[0-9]|de l'argent|une rancon|rancon)",
        "<ils> (?:<hit>|tuent|violent|attaquent) tout le monde",
        "<ils> (?:frappent|battent|torturent|tabassent|violent) (?:les|des) (?:femmes|filles"
        "|enfants|gens) (?:a cote|dans la piece a cote|dans l'autre piece|juste a cote)",
        "<ils> (?:nous|m') ?(?:ont |a )?(?:enferme|enfermes|sequestre|sequestres|enfermee)",
        "(?:nous|me|m') laissent (?:pas|plus) (?:partir|sortir)",
        "<ils> (?:nous |me |m')?(?:retiennent|retient|detiennent|detient|sequestrent|gardent"
        "|enferment)(?: (?:mon|ma|mes|notre|nos) <parent>)?(?! les gens| des gens| les migrants"
        "| (?:mon|ma|mes|notre|nos|leur|leurs|les|le|la) (?:passeports?|papiers|documents"
        "|argent|telephones?|salaire))",
        "<ils> (?:ont|detiennent|tiennent|gardent) (?:mon|ma|mes|notre|nos) <parent>",
        "(?:les )?(?:ravisseurs|kidnappeurs) (?:veulent|demandent|exigent|ont appele|appellent"
        "|menacent|disent|ont dit|nous ont appeles|m'ont appele|ont appele)",
        "<ils> (?:nous|me|m') ?(?:font|fait|vont faire) du mal",
        "<ils> (?:<hit>|tuent|violent|tue|viole) (?:des gens|les gens|tout le monde|les femmes"
        "|les enfants|des femmes"
        "|des enfants|les prisonniers|les migrants)(?: [^ ]+){0,4} (?:ici|maintenant"
        "|en ce moment|devant moi)",
        "<ils> (?:nous|me|m') ?(?:cherchent|traquent|poursuivent)",
        "<ils> (?:frappent|battent|torturent|tabassent|attaquent|agressent|violent|tuent"
        "|menacent) (?:mon|ma|mes|notre|nos) <parent>",
        "(?:recu|pris|prend|a pris) une balle",
        "(?:blesse|blessee|blesses|touche|touchee) par (?:balle|balles|un couteau)",
        "(?:on se fait|je me fais|ils se font|il se fait|elle se fait|on se font|s'est fait"
        "|se sont fait|je me suis fait|on s'est fait|s'est faite)"
        " (?:attaquer|frapper|tabasser|tirer dessus|violer|agresser|torturer|kidnapper"
        "|enlever|poignarder|tuer|battre)",
        "(?:on est|nous sommes|je suis) (?:poursuivi|suivi|traque|encercle)(?:e|s|es)?",
        "(?:peur|crains|crainte) pour (?:ma|nos|notre) vie",
        "(?:ca|sa|ils|on|quelqu'un|un homme|des hommes|des gens|la police) (?:tire|tirent)"
        " (?:partout|dans la rue|dehors|de partout|sur nous|sur les gens|devant)",
        "photo de (?:mon|ma|mes|notre) <parent> (?:attache|attachee|ligote|ligotee|enchaine"
        "|frappe|en sang)",
        "(?:ont|a) (?:ferme|verrouille) la porte (?:a cle|a clef)",
        "(?:essaient|essaie|essayent|tentent|tente) (?:d'entrer|de rentrer|de forcer la porte"
        "|d'enfoncer la porte|de casser la porte)",
        # Armed men at the door, or breaking it.
        "<arme>(?: qui)?(?: (?:sont|est))?(?: (?:la|deja|encore|maintenant))? (?:devant|derriere"
        "|a|contre|sur|pres de|autour de|dans) <porte>",
        "(?:des |les )?(?:miliciens|milices?)(?: (?:sont|est))?(?: (?:la|deja|encore|maintenant))?"
        " (?:devant|derriere|a|dans) (?:notre|ma|mon|nos) (?:porte|maison|chambre|tente|piece"
        "|appartement)",
        "<force>(?: qui)?(?: (?:sont|est) en train de)? (?:tapent|frappent|cognent|tambourinent"
        "|donnent des coups|cassent|defoncent|enfoncent|forcent|tirent|taper|frapper|casser"
        "|defoncer|enfoncer|forcer|essaient d'ouvrir|essayent d'ouvrir|essaie d'ouvrir"
        "|veulent ouvrir|veut ouvrir)(?: (?:a|sur|contre|dans))? <porte>",
        "(?:<ils>|ca|sa)(?: (?:sont|est) en train de)? (?:cassent|casse|casser|defoncent|defonce"
        "|defoncer|enfoncent|enfonce|enfoncer|forcent|force|forcer|fracassent|fracasse) <porte>",
        "(?:essaient|essaie|essayent|tentent|tente) (?:d'ouvrir|de defoncer|d'enfoncer"
        "|de casser|de forcer) (?:la|notre|ma) (?:porte|fenetre)",
        "(?:tapent|frappent|cognent|tambourinent|cassent|defoncent)(?: fort)? (?:a |sur |contre )?"
        "<porte>(?: [^ ]+){0,5} (?:<force>|armes|fusils|couteaux|kalachs?|machettes)",
        "(?:retenu|enleve|kidnappe|kidnape|sequestre|detenu|enferme|pris|prise|attrape"
        "|ravisseurs|kidnappeurs)(?:e|s|es)?(?: [^ ]+){0,10} (?:demandent|veulent|exigent"
        "|reclament|demande|veut)"
        "(?: [^ ]+)? (?:[0-9]+[^ ]*|de l'argent|l'argent|une rancon|la rancon|rancon)",
        "(?:coince|coincee|enferme|enfermee|bloque|bloquee|retenu|retenue|sequestre|sequestree)"
        "(?:s)?(?: [^ ]+){0,5} (?:par|avec|chez) (?:des|les) (?:trafiquants|passeurs|ravisseurs"
        "|kidnappeurs|bandits|miliciens)",
        "(?:mon|ma) <parent> (?:me|nous) (?:frappe|bat|tabasse|viole|torture)",
        "(?<!vagues )(?<!vague )(?<!vent )(?:nous|me) (?:frappent|battent|tabassent|torturent"
        "|violent)",
        "(?:on )?(?:me|nous) (?:garde|gardent) (?:enferme|enfermee|enfermes|prisonniers?)",
        "(?:me|nous|m') ?(?:force|forcent|oblige|obligent) a (?:le |la |les )?(?:suivre|monter"
        "|venir|partir avec|entrer)",
        "incapable de (?:me lever|bouger|marcher|respirer)",
        "(?:m'|me |nous )enferme(?:nt)? (?:chez|dans|ici)",
        "(?:la maison|le camp|la tente|la chambre|le foyer|le batiment)(?: [^ ]+){0,3} (?:brule"
        "|est en feu|prend feu)",
        "(?:nous|les) ont arretes(?: [^ ]+){0,4} (?:ils ont|avec) (?:des )?(?:fusils|armes"
        "|couteaux|kalachnikovs)",
    ),
    injury=(
        "(?:coince|coincee|bloque|bloquee|ecrase|ecrasee) sous (?:le|la|un|une)",
        "(?:gravement|grievement|tres gravement) (?:blesse|blessee|blesses|blessees|brule|brulee)",
        "ne (?:peut|peux) plus bouger",
        "(?:je|il|elle) (?:ne )?(?:peux|peut) plus (?:bouger|marcher|me lever|se lever)",
        "(?:il|elle|ils|elles) (?:ne )?(?:bouge|bougent|respire|respirent) (?:plus|pas)"
        "(?= ?(?:$|[.!,]| a cause| depuis| du tout))",
        "(?:la |ma |sa )?(?:jambe|pied|bras|dos|cheville) (?:est )?cassee?(?! l'an| il y a)",
        "(?:serpent|scorpion) (?:m'a|l'a|nous a|a) (?:pique|mordu)(?:e)?",
        "(?:convulse|fait des convulsions|a des convulsions|fait une crise d'epilepsie)",
        "ne se reveille (?:pas|plus)",
        "(?:il|elle|mon <parent>|ma <parent>|quelqu'un|un enfant|le bebe|mon bebe|une femme"
        "|un homme|une personne|la femme|l'enfant)(?: enceinte| [^ ]+ (?:notre|le|la|ce) [^ ]+)?"
        "(?: est| a| se)? (?:saigne|saignent|perd (?:beaucoup de |du |trop de |le |son )?sang"
        "|inconscient|inconsciente|evanoui|evanouie|s'est evanoui|ne respire (?:plus|pas)"
        "|respire (?:plus|pas|mal|difficilement|tres mal)|accouche|va accoucher"
        "|en train d'accoucher|fait une crise"
        "|mourant|mourante|en train de mourir|ne bouge plus|perd connaissance"
        "|a perdu connaissance|fait un malaise)",
        "(?:on|nous|je|j') ?(?:ne )?(?:peut|peux|pouvons|arrive) (?:plus |pas )?(?:a )?respirer",
        "(?:on|nous|je) (?:respire|respirons) (?:plus|pas)",
        "(?:on|nous|j') ?(?:etouffe|etouffons)",
        "(?:appelez|appelle|envoyez|envoie) (?:une |l')?ambulance",
        "besoin d'une ambulance",
        "(?:besoin d'un|il faut un) medecin (?:vite|urgent|urgence|maintenant|tout de suite)",
        "(?:je|j') ?(?:saigne|perds (?:beaucoup de |du |trop de )?sang)",
        "(?:morsure|mordu|mordue|pique|piquee) (?:de|par un) (?:serpent|scorpion)",
        "(?:ne )?(?:peut|peux|pouvons|peuvent|arrive|arrivent) (?:plus|pas) (?:a )?respirer",
        "(?:perd|perdent) (?:beaucoup de|trop de|enormement de) sang",
        "(?:tres|gravement) malade,?(?: [^ ]+){0,4} (?:ne )?(?:peux|peut) (?:pas|plus) (?:me lever"
        "|se lever|bouger|marcher)",
        "(?:avale|bu|mange) (?:un produit toxique|du poison|de la javel|quelque chose de toxique"
        "|un produit)",
        "(?:vomit|vomi) (?:du sang|beaucoup|sans arret)",
        "(?:evanoui|evanouie|evanouis)(?: a cause)? (?:du soleil|de la chaleur)",
        "(?:est|sont|et) (?:inconscient|inconsciente|inconscients|evanoui|evanouie"
        "|en train de mourir|mourant|mourante|en train d'accoucher)",
        "ne (?:reagit|repond) (?:plus|pas)(?! (?:au telephone|aux messages|a mes messages))",
        "(?:brule|brulante?) de fievre",
        # Labour: the waters broke, contractions, the baby is coming.
        "(?:perd|perdu|vient de perdre|a perdu|perdre) (?:les|ses) eaux",
        "poche des eaux (?:s'est |a |est |vient de )?(?:rompue|rompu|rompre|percee|perce|cassee"
        "|eclatee|eclate|fissuree)",
        "(?:a|ont|avec) (?:des|de fortes|de grosses|de vraies) contractions",
        "(?:les |ses |des )?contractions (?:ont |a |viennent de |vont )?(?:commence|debute"
        "|commencent|sont (?:tres |trop |de plus en plus )?(?:fortes|rapprochees)|tres fortes"
        "|fortes|rapprochees|toutes les [0-9]+)",
        "(?:le|son) travail (?:a |vient de |a deja )?(?:commence|debute)r?(?![^.!?]*(?:chantier"
        "|usine|boulot|bureau|patron|salaire|contrat|heures?|restaurant|champs|lundi|demain"
        "|semaine))",
        "(?:elle|<parent>|la femme|une femme) (?:est|se met|s'est mise) en (?:plein )?travail",
        "(?:le )?(?:bebe|petit) (?:arrive|sort|est en train de sortir|va sortir|pousse)"
        "(?= ?(?:$|[.!,]| et| maintenant| la| on| il| elle| aidez))",
        "(?:avale|bu) (?:beaucoup d'|trop d'|de l')eau de mer",
        "(?:il|elle|mon <parent>|ma <parent>|le bebe|mon bebe|l'enfant|la femme|le petit"
        "|la petite) (?:va|vont) mourir(?! (?:de rire|d'ennui|de honte|de jalousie|de faim"
        "|d'impatience|de peur))(?![^.!,;:]*[?])",
        # A hospital that turns a sick person away.
        "(?:l'hopital|hopital|la clinique|clinique|le centre de sante|le dispensaire|le medecin"
        "|le docteur|les medecins|les docteurs|l'infirmerie)(?: [^ ]+)? (?:a refuse|refuse"
        "|refusent|ont refuse|veut pas|veulent pas|ne veut pas|ne veulent pas|nous a chasses"
        "|nous ont chasses|m'a chasse|m'ont chasse|nous a renvoyes|nous ont renvoyes) (?:de )?"
        "(?:nous |me |m'|le |la |les |l')?(?:soigner|recevoir|accepter|admettre|traiter|examiner"
        "|hospitaliser|faire entrer)(?! (?:sans|avant|apres) (?:rendez-vous|rdv|lundi|demain))"
        "(?![^.!,;:]*[?])",
        # A fever with a sign of danger.
        "(?:fievre|chaud chaud|corps (?:est )?chaud|temperature)(?: [^ ]+){0,6} (?:et )?"
        "(?:il |elle )?(?:tremble|convulse|respire (?:mal|plus|pas)|ne respire|ne se reveille"
        "|ne reagit|reagit plus|ne bouge|bouge plus|ne parle plus|delire|fait (?:la|une|des)"
        " crises?)(?![^.!,;:]*[?])",
        # Very sick and sleeping in the street.
        "(?:dort|dormons|dors|dorment|dormir|vit|vivons) (?:dehors|dans la rue|a la rue"
        "|sous (?:un|les|le) ponts?)(?: [^ ]+){0,8} (?:tres|gravement|trop|vraiment) malade",
        "(?:tres|gravement|trop|vraiment) malade(?: [^ ]+){0,8} (?:on dort|nous dormons|je dors"
        "|dort|dorment) (?:dehors|dans la rue|a la rue)",
        "(?:il|elle|mon <parent>|ma <parent>|le bebe|l'enfant|la femme|le petit|la petite"
        "|quelqu'un)(?: [^ ]+)? fait (?:la|une|des) crises?(?! (?:de nerfs|de colere|de panique"
        "|de jalousie|d'angoisse|de larmes|d'asthme legere))",
        "(?:il|elle|ils|elles|l'enfant|le bebe|mon <parent>|ma <parent>) (?:est|reste|sont|restent)"
        "(?: [^ ]+)? (?:couche|couchee|couches|allonge|allongee|etendu|etendue|par terre|au sol)"
        "(?: la)? sans (?:bouger|reagir|respirer|parler)(?![^.!,;:]*[?])",
    ),
    threat=(
        "(?:essaie|essaye|essaient|essayent|tente|tentent|cherche|cherchent) de (?:me|nous)"
        " (?:tuer|enlever|violer|frapper|kidnapper)",
        "<not_figurative>(?:vont|va|veulent|veut|menacent de|menace de) (?:nous |me |m'|le |la |l'"
        "|les )?(?:tuer"
        "|vendre|violer|torturer)",
        "sinon (?:ils|il|elle|on) (?:vont )?(?:le|la|les|me|nous|l') ?(?:tuent|tue|tuer|vendent"
        "|vendre|tuera|tueront)",
        "(?<!me )(?<!m')(?<!se )(?<!suis )(?:couper|coupent|coupe) (?:le doigt|la main"
        "|l'oreille|un doigt|les doigts|la tete)",
        "(?:peur|crains) (?:qu'(?:il|ils|elle|on)|que (?:mon|ma) <parent>) (?:ne )?(?:me|nous)"
        " (?:tue|tuent|tuer|frappe|fasse du mal|fassent du mal)",
        "<ils> (?:nous|me|m') ?(?:menacent|menace) (?:avec|de) (?:des |une |un )?(?:armes?"
        "|fusils?|couteaux?|pistolets?|mort)",
    ),
    harm=(
        "<ils> (?:ont |a |m'ont |nous ont |l'ont |les ont )?(?:kidnappe|kidnape|enleve"
        "|capture|sequestre|pris en otage|vendu)(?:e|s|es)?(?: (?:mon|ma|mes|notre|nos)"
        " <parent>)?",
        "(?:<je_suis>|<on_est>|j'ai ete|jai ete|on a ete|nous avons ete|il a ete|elle a ete"
        "|ils ont ete|(?:mon|ma|mes|notre|nos) <parent> (?:a ete|ont ete|est|sont)|il est"
        "|elle est|ils sont)(?: encore| toujours)? (?:kidnappe|kidnape|enleve|sequestre"
        "|pris en otage|prise en otage|vendu|viole|frappe|torture|poignarde|blesse|agresse"
        "|tabasse|battu|attaque)(?:e|s|es)?",
        "<ils> (?:m'ont|nous ont|l'ont|ont) (?:frappe|battu|tabasse|torture|poignarde"
        "|tire dessus|viole|agresse|attaque)(?:e|s|es)?",
        "(?:ont|a) tire sur (?:un|une|des|deux|trois|[0-9]+|quelqu'un)",
        "(?:sont entres|est entre|ont fait irruption|a fait irruption) (?:dans|chez)(?: [^ ]+){0,3}"
        " (?:et|,) (?:frappent|frappe|battent|tirent|attaquent|tabassent)",
    ),
    danger=(
        "(?:<on_est>|<je_suis>|(?:ma|notre|nos|mes) vies? (?:est|sont)|(?:mon|ma|mes)"
        " <parent> (?:est|sont)) en (?:grand |gros |serieux )?(?:danger|detresse|difficulte)",
        "(?:on|nous|je) (?:va|vais|allons) (?:tous )?mourir",
        "(?:on|nous) (?:meurt|mourons)",
        "(?:on est|nous sommes) en train de mourir",
        "<on_est> (?:perdus|perdu|encercles|pieges|piege|caches)",
        "(?:on|nous|je) (?:ne )?(?:sait|savons|sais) (?:pas|plus) ou (?:on est|nous sommes"
        "|je suis|aller)",
        "(?:aucune idee|on ne sait pas|on sait pas|je ne sais pas) (?:d'ou|ou) (?:on se trouve"
        "|on est|nous sommes|je suis)",
        "sans savoir ou (?:aller|on est|nous sommes)",
        "toujours personne(?= ?(?:$|[.!,]))",
        "(?:aucune voiture|personne|aucun vehicule) n'est (?:passe|passee|venu|venue)",
        "(?:est|sont) en flammes",
        "(?:on|nous) (?:gele|gelons|meurt de froid|mourons de froid)",
        "(?:on est|nous sommes) geles",
        "(?:il y a|ya|y a|y'a|il ya) le feu",
        "(?:il y a|ya|y a) un incendie",
        "(?:est|sont) en feu",
        "au feu",
        "(?:ils|il|elle|tout le monde) (?:nous|m') ?(?:a|ont) (?:abandonne|laisse|lache|jete"
        "|largue)(?:e|s|es)?",
        "(?:les )?(?:garde[- ]?cotes?|gardes[- ]?cotes|secours|personne) (?:ne )?(?:vient"
        "|viennent|arrive|arrivent|repond|repondent) (?:pas|toujours pas)",
        "personne (?:n'est|est) (?:venu|venue|revenu|arrive)",
        "(?:un homme|quelqu'un|des hommes|ils|il) (?:me|nous) (?:suit|suivent|poursuit"
        "|poursuivent)(?: partout| depuis)?",
    ),
    cry=(
        "au secours",
        "au secour",
        "au secoure",
        "o secour",
        "o secours",
        "ausecours",
        "(?:^|(?<=[.!?,;:] )|(?<=[.!?,;:])|(?:svp|stp|s'il vous plait|vite|pitie|quelqu'un) )"
        "(?:aidez|aide)[- ]?(?:nous|moi|nou|moa)?<tail>",
        "aidez[- ]?(?:nous|moi|nou|moa)<tail>",
        "^(?:suicide|suicidaire)[.!]*$",
        "a l'aide",
        "a laide",
        "alaide",
        "a l aide",
        "(?:sauvez|secourez)[- ]?(?:nous|moi)",
        "(?:^|on a |j'ai |jai |nous avons |on a vraiment |j'ai vraiment |j'ai tres )"
        "besoin d'aide<tail>",
        "(?:^|c'est |c est |cest |il y a )(?:une )?urgence(?= ?(?:$|[.!,]))",
        "^urgence",
        "c'est (?:tres )?urgent",
        "(?:venez|venez vite|vite venez)(?: nous)?(?: aider| chercher| sauver| vite)?"
        "(?= ?(?:$|[.!,]))",
    ),
    plea=(
        "(?:pouvez|pourriez|peux|pourrais|vous pouvez|tu peux|quelqu'un peut"
        "|quelqu'un pourrait)(?:[- ](?:vous|tu))? (?:nous|m'|m|me) ?(?:aider|sauver"
        "|secourir)",
        "(?:batterie|telephone|portable)(?: est| a|:)? (?:presque |bientot |va )?(?:[0-9]{1,2}"
        " ?%|faible|morte|vide|a plat|s'eteindre|mourir|finie|presque finie)",
        "[0-9]{1,2} ?% (?:de )?batterie",
        "(?:tombe|tombee|tombes) (?:du|d'un|de la|d'une) (?:camion|voiture|pick-?up|4x4|vehicule)",
        "(?:les |des )?(?:enfants|gens|personnes|femmes|bebes?)(?: sur (?:notre|le|la) <bateau>)?"
        " (?:sont|est) (?:tres |gravement )?(?:malades?|faibles?|en train de mourir"
        "|inconscients?)",
        "(?:boivent|buvons|bois|boit|boire) (?:de l'eau sale|de l'eau de mer|notre urine"
        "|leur urine|de l'eau salee|de l'eau du radiateur)",
        "(?:ils|elles|il|elle) (?:sont|est) (?:perdus?|perdues?|egares?|egarees?)(?! (?:de|du"
        "|dans les papiers|avec))",
        "(?:chauffeur|passeur|guide)(?: [^ ]+){0,10} (?:mais|et) (?:ca|sa) fait (?:[0-9]+|deux"
        "|trois|quatre|plusieurs) (?:jours|heures|nuits)",
    ),
    sea_context=(
        "bateau",
        "bateaux",
        "bato",
        "barque",
        "zodiac",
        "zodiak",
        "pneumatique",
        "pirogue",
        "canot",
        "embarcation",
        "navire",
        "radeau",
        "mer",
        "ocean",
        "vagues",
        "garde[- ]?cotes?",
        "gardes[- ]?cotes",
        "naufrage",
        "coule",
        "coulons",
        "couler",
        "noie",
        "noient",
        "noyer",
        "noyade",
        "gilets? de sauvetage",
        "derive",
        "lampedusa",
        "malte",
        "canaries",
        "mediterranee",
        "dans l'eau",
        "a l'eau",
        "capitaine",
        "au large",
    ),
    desert_context=(
        "desert",
        "sahara",
        "sable",
        "dunes?",
        "soif",
        "deshydrat[a-z]*",
        "chauffeur",
        "pas d'eau",
        "plus d'eau",
        "sans eau",
        "agadez",
        "dirkou",
        "sebha",
        "koufra",
        "tenere",
        "4x4",
        "niger",
        "tchad",
        "mali",
        "algerie",
        "tamanrasset",
        "arlit",
    ),
    information=(
        "asile",
        "papiers",
        "visas?",
        "dossier",
        "demande",
        "recours",
        "informations?",
        "renseignements?",
        "titre de sejour",
        "sejour",
        "regroupement familial",
        "etudes",
        "etudier",
        "emploi",
        "travail",
        "bourse",
        "avocat",
        "empreintes",
        "dublin",
        "ofpra",
        "cnda",
        "prefecture",
        "rendez-vous",
        "rdv",
        "langue",
        "menu",
        "questions?",
        "procedure",
        "formulaire",
        "retrouver",
        "chercher ma",
        "chercher mon",
        "disparus?",
        "cours",
        "ecole",
        "inscription",
        "aller en",
        "venir en",
        "voyager",
        "partir en",
        "emigrer",
        "legalement",
        "legales?",
        "quel pays",
        "choisir",
        "choix",
        "decider",
        "garagiste",
        "hopital",
        "medecin",
        "docteur",
        "pharmacie",
        "clinique",
        "devoirs?",
        "cherche (?:mon|ma|mes)",
        "garage",
        "mecanicien",
        "reparer",
        "reparation",
        "(?:me|se|nous|vous|te|les|la|le|l') ?proteger",
        "eviter",
        "conseils?",
        "precautions?",
        "prevoir",
    ),
    not_now=(
        "si",
        "s'il(?! vous plait| te plait)",
        "s'ils",
        "et si",
        "meme si",
        "en cas(?: de| d')?",
        "^(?:peut|peuvent|va-t-il|vont-ils|est-ce)",
        "au cas ou",
        "imaginons",
        "supposons",
        "(?:que faire|que se passe[- ]t[- ]il|qu'est[- ]ce qui se passe|comment faire"
        "|comment reagir|on fait quoi) (?:quand|lorsque|apres)",
        "lorsque",
        "comment (?:faire pour|appeler|contacter|survivre|savoir|reconnaitre|eviter"
        "|se proteger|on fait pour)",
        "est[- ]ce qu(?:e|'[^ ]*)",
        "est[- ]il vrai",
        "est[- ]ce vrai",
        "c'est vrai qu(?:e|'[^ ]*)",
        "videos?",
        "reportage",
        "film",
        "article",
        "photos?",
        "infos",
        "informations",
        "journal",
        "tele",
        "television",
        "(?:que )?veut dire",
        "signifie",
        "c'est quoi",
        "qu'est[- ]ce qu'(?:un|une)",
        "risques? de",
        "possible de",
        "peut[- ]on",
        "peut[- ]il",
        "peuvent[- ]ils",
        "combien",
        "pourquoi",
        "(?:en|a|de|dans|depuis|pour) quel(?:le)?s? (?:annee|an|date|jour|mois|epoque|siecle)",
        "quelle (?:annee|date|epoque)",
        "(?:depuis|c'etait|c etait|c'est arrive|ca s'est passe|ca a eu lieu) quand",
        "quand est[- ]ce qu(?:e|'[^ ]*)",
        "c'est vrai",
        "(?:est[- ]ce|est[- ]il|c'est|c est) (?:que c'est )?vrai",
        "vrai que",
        "(?:est[- ]il|c'est|c est|est[- ]ce) (?:possible|frequent|normal|courant|vrai|probable"
        "|dangereux|risque) qu(?:e|'[^ ]*)",
    ),
    reported=(
        "il parait qu(?:e|'[^ ]*)",
        "d'apres (?:le|la|les|lui|eux|mon|ma|ses)(?: [^ ]+)?",
        "on dit qu(?:e|'[^ ]*)",
        "les gens disent(?: qu(?:e|'[^ ]*))?",
        "j'ai entendu(?: dire)?(?: qu(?:e|'[^ ]*))?",
        "^(?:ils disent|ils ont dit)(?: que| qu'[^ ]*)?",
        "on m'a dit qu(?:e|'[^ ]*)",
        "selon (?:le|les|lui|eux|mon|ma|ses|leur)(?: [^ ]+)?",
        "on (?:m'|nous )?a (?:dit|assure|promis|garanti|jure)(?: que| qu'[^ ]*)?",
        "(?:m'a|nous a|m'ont|nous ont|a|ont|me|nous) (?:raconte|racontait|racontaient)"
        "(?: que| qu'[^ ]*)?",
    ),
    claim=(
        "(?:le |les |un |une |notre |nos |mon |ce |leur )?(?:passeurs?|coxeurs?|cokseurs?"
        "|coxers?|intermediaires?|organisateurs?|trafiquants?|rabatteurs?|convoyeurs?|chairman"
        "|boss|connexion|samsar)(?: [^ ]+){0,4} (?:(?:m'|nous |leur |lui )?(?:a|ont) (?:dit"
        "|assure|jure|promis|affirme|garanti|raconte|explique)|(?:me |nous )?(?:dit|disent"
        "|assure|assurent|jure|jurent|promet|promettent|affirme|affirment|pretend|pretendent"
        "|garantit|garantissent))(?: que| qu'[^ ]*)?",
    ),
    long_ago=(
        "l'an dernier",
        "l'annee derniere",
        "l'an passe",
        "l'annee passee",
        "il y a (?:[0-9]+|deux|trois|quatre|cinq|six|quelques|plusieurs) (?:ans|mois)",
        "le mois dernier",
        "en (?:19|20)[0-9][0-9]",
        "chaque (?:annee|mois|semaine)",
        "tous les (?:ans|mois)",
        "toutes les semaines",
        "par an",
        "quand j'etais (?:petit|petite|enfant|jeune)",
        "autrefois",
        "dans le passe",
        "quand (?:j'ai|on a|nous avons) (?:traverse|quitte)",
        "pendant (?:mon|notre) voyage",
        "(?:j'ai|on a|il a|elle a|ils ont) survecu",
    ),
    ongoing=(
        "toujours",
        "encore",
        "maintenant",
        "en ce moment",
        "actuellement",
        "aujourd'hui",
        "ce soir",
        "ce matin",
        "hier",
    ),
    alarm_sea=(
        "(?<!n'a )(?<!n'ont )<not_after_neg>coule<not_neg>",
        "<not_after_neg>coulent<not_neg>",
        "<not_after_neg>coulons<not_neg>",
        "<not_after_neg>couler<not_neg>",
        "se noie<not_neg>",
        "se noient<not_neg>",
        "noyons<not_neg>",
        "<not_after_neg>chavire<not_neg>",
        "<not_after_neg>chavirer<not_neg>",
        "a la derive",
        "prend l'eau",
        "se degonfle",
        "degonfle",
    ),
    alarm_desert=(
        "soif(?! de)",
        "deshydrates?",
        "deshydratees?",
        "abandonnes",
        "perdus dans le desert",
        "(?<!avait )(?<!n'avait )(?<!navait )(?<!prendre )(?<!faut )plus <de_l_eau>(?! que)",
    ),
    alarm_general=(
        "kidnappee?s?",
        "otages?",
        "rancon",
        "saigne(?! (?:un peu|legerement|a peine|pas|plus|du nez))",
        "saignent",
        "inconsciente?",
        "tirs",
        "coups de feu",
        "poignardee?",
        "torturent",
        "attaquent",
        "sequestree?s?",
        "accouche",
        "respire plus",
    ),
    question=(
        "que",
        "qu'[^ ]*",
        "quoi",
        "comment",
        "pourquoi",
        "combien",
        "quand",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "ou",
        "qui",
        "est-ce",
        "est ce",
        "est-il",
        "est-elle",
        "y a-t-il",
        "peut-on",
        "peux",
        "pouvez",
        "faut-il",
        "c'est quoi",
        "dites",
        "je voudrais savoir",
        "je veux savoir",
        "savez-vous",
    ),
    tag=(
        r"c'est (?:vrai|juste|exact)(?: (?:ca|ou pas|ou non|ou faux))?(?= ?\??$)",
        r"(?:est[- ]ce|est[- ]il) vrai(?= ?\??$)",
        r"vrai ou (?:faux|pas)(?= ?\??$)",
        r"(?:si |en cas de |en cas d')(?!(?:vous|tu|possible|si)(?![a-z]))[^?]+\?$",
        r"(?:vraiment|vrai|serieux)(?= ?\?$)",
        r"(?:en|a|de|depuis|dans) quel(?:le)?s? (?:annee|an|date|jour|mois|epoque)(?= ?\??$)",
        r"(?:c'etait|c'est arrive|ca s'est passe|ca a eu lieu) quand(?= ?\??$)",
    ),
    over=(
        "(?:je suis|on est|nous sommes|il est|elle est) (?:maintenant )?(?:en securite|sauve"
        "|sauves|sauvee|libre|libres|libere|liberes)",
        "(?:ils|on) (?:m'ont|nous ont|m'a|nous a) (?:libere|liberee|liberes|sauve|sauves|secouru"
        "|secourus|relache|relaches)",
        "(?:j'ai|on a|nous avons) ete (?:libere|liberes|liberee|sauve|sauves|secouru|secourus"
        "|relache|relaches)",
        "(?:je me suis|on s'est|nous nous sommes) (?:echappe|echappes|enfui|enfuis|sauve|sauves)",
        "(?:alors|donc) (?:on est|je suis|nous sommes) partis?",
        "maintenant (?:il|elle|ils|elles|je|on) (?:vit|vivent|vis|travaille|habite|habitent|est"
        " en securite)",
        "maintenant (?:il|elle|ils|elles|je|on) (?:est|sont|suis|vit|vivent|habite) (?:en|au|aux"
        "|a) (?:france|italie|espagne|allemagne|europe|belgique|suisse|angleterre|grece|securite)",
        "a paye la rancon",
        "(?:il|elle|ils|elles) (?:a|ont) ete (?:libere|liberee|liberes|liberees|relache"
        "|relachee|relaches|secouru|secourue|secourus|sauve|sauvee|sauves)",
    ),
    vague=(
        "peur",
        "cauchemars?",
        "reves?",
        "inquiete?",
        "souviens",
        "souvenirs?",
        "trauma",
        "m'a dit",
        "m'ont dit",
        "dit que",
        "dit qu'[^ ]*",
        "disent",
        "entendu",
        "rumeurs?",
        "apparemment",
        "parait",
        "souvent",
        "parfois",
        "d'habitude",
        "les gens",
        "des gens",
        "migrants",
        "refugies",
        "risques?",
        "dangers?",
        "dangereux",
        "dangereuse",
        "beaucoup de",
        "classement",
        "match",
        "foot",
        "football",
        "equipe",
        "championnat",
        "ligue",
        "a dit",
        "ont dit",
        "nous a dit",
        "assure",
        "promis",
        "jure",
        "selon",
        "d'apres",
        "raconte",
        "racontait",
    ),
    fear=(
        "(?:peur|crains|craint|craignons|craignez|craignent|crainte|redoute|redoutons|inquiet"
        "|inquiete|inquiets|inquietes|m'inquiete|nous inquiete|angoisse|angoissee|terrifie"
        "|terrifiee|terrifies|effraye|effrayee|stresse|stressee|trouille|flippe|flippee)"
        "(?: [^ ]+){0,2}? (?:que"
        "|qu'[^ ]*|de|d'[^ ]*)",
    ),
    now=(
        "maintenant",
        "en ce moment",
        "actuellement",
        "a l'instant",
        "tout de suite",
        "la tout de suite",
        "d'un moment a l'autre",
        "d'une minute a l'autre",
        "parce qu(?:e|'[^ ]*)",
        "car",
        "puisque",
        "vu qu(?:e|'[^ ]*)",
    ),
)
