/// What ``LanguageIdentifier`` knows about one language: its commonest function words and the
/// letters and letter sequences typical of its spelling.
///
/// The lists were written for CityVoice from general knowledge of each language; they are not
/// derived from a corpus. Words are given in lower case, accents kept, elided forms without
/// their apostrophe ("l" for "l'", "dell" for Italian "dell'"), because the identifier splits
/// words at apostrophes.
struct LanguageProfile: Sendable {
    /// A letter or letter sequence with the evidence it gives for the language.
    struct Marker: Sendable {
        /// The letters; a leading "^" ties them to the start of a word, a trailing "$" to its end.
        let pattern: String
        /// The evidence one occurrence adds, in nats (natural-log units of likelihood ratio).
        let weight: Double

        init(_ pattern: String, _ weight: Double) {
            self.pattern = pattern
            self.weight = weight
        }
    }

    let language: Language
    /// Very frequent function words, roughly most frequent first; the rank sets the weight.
    let stopwords: [String]
    /// Characteristic letters and sequences (diacritics, digraphs, typical endings).
    let markers: [Marker]
    /// Punctuation marks that only this language uses (Spanish ¿ and ¡), with their weight.
    let punctuation: [Unicode.Scalar: Double]

    init(
        _ language: Language,
        stopwords: [String],
        markers: [Marker],
        punctuation: [Unicode.Scalar: Double] = [:]
    ) {
        self.language = language
        self.stopwords = stopwords
        self.markers = markers
        self.punctuation = punctuation
    }
}

extension LanguageProfile {
    /// One profile per ``Language``, in `Language.allCases` order.
    static let all: [LanguageProfile] = [english, french, spanish, italian, german, portuguese]

    static let english = LanguageProfile(
        .en,
        stopwords: [
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "it",
            "as", "was", "with", "be", "by", "on", "not", "he", "i", "this",
            "are", "or", "his", "from", "at", "which", "but", "have", "an", "had",
            "they", "you", "were", "their", "one", "all", "we", "can", "her", "has",
            "there", "been", "if", "more", "when", "will", "would", "who", "so", "no",
            "she", "other", "its", "may", "these", "what", "them", "than", "some", "him",
            "into", "only", "do", "could", "our", "any", "about", "also", "should", "must",
            "those", "such", "after", "then", "most", "over", "us", "between", "through", "both",
            "each", "while", "where", "how", "without", "being", "did", "does", "because", "my",
            "your", "me", "many", "much", "very", "just", "before", "under", "against", "during",
            "until", "since", "whether", "up", "out", "off", "down", "here", "why", "own",
            "same", "again", "once", "too", "s", "t", "don", "didn", "isn", "doesn",
            "won", "ll", "re", "ve", "himself", "herself", "themselves", "itself", "yet", "every",
            "another", "among", "within", "though", "although", "whose", "whom", "am", "shall", "might",
            "across", "towards", "around", "still", "even", "however", "therefore", "said", "new", "people",
        ],
        markers: [
            .init("th", 0.5), .init("wh", 0.8), .init("ght", 1.0), .init("ing$", 0.8),
            .init("ly$", 0.6), .init("w", 0.3), .init("ea", 0.4), .init("oo", 0.4),
            .init("ee", 0.4), .init("y$", 0.4), .init("sh", 0.5), .init("ck", 0.3),
        ]
    )

    static let french = LanguageProfile(
        .fr,
        stopwords: [
            "de", "la", "le", "et", "les", "des", "à", "l", "en", "un",
            "d", "du", "une", "que", "est", "pour", "qui", "dans", "a", "par",
            "plus", "pas", "au", "sur", "ne", "se", "il", "ce", "sont", "qu",
            "aux", "avec", "n", "s", "ou", "elle", "son", "sa", "ses", "nous",
            "vous", "ils", "on", "mais", "comme", "été", "être", "leur", "leurs", "ont",
            "cette", "ces", "tout", "tous", "toutes", "toute", "sans", "sous", "entre", "aussi",
            "bien", "où", "même", "y", "c", "j", "dont", "après", "avant", "car",
            "donc", "très", "encore", "déjà", "chaque", "lors", "ainsi", "depuis", "contre", "chez",
            "vers", "notre", "nos", "votre", "vos", "je", "tu", "lui", "eux", "mon",
            "ma", "mes", "peut", "doit", "était", "sera", "non", "si", "m", "avait",
            "fait", "faire", "avoir", "elles", "celle", "celui", "ceux", "autre", "autres", "quand",
            "alors", "moins", "plusieurs", "aucun", "aucune", "selon", "pendant", "jusqu", "lorsqu", "puisqu",
            "cela", "ça", "rien", "me", "te", "ici", "là", "peu", "trop", "toujours",
            "jamais", "pourquoi", "comment", "parce", "afin", "dès", "auprès", "tandis", "quelque", "quelques",
            "sommes", "êtes", "suis", "ai", "avons", "avez", "font", "va", "vont", "doivent",
        ],
        markers: [
            .init("eau", 1.0), .init("aux$", 0.8), .init("oi", 0.5), .init("ou", 0.3),
            .init("ent$", 0.4), .init("x$", 0.4), .init("ai", 0.3), .init("ée", 0.8),
            .init("é", 0.8), .init("è", 1.0), .init("ê", 0.8), .init("â", 0.6),
            .init("ô", 0.6), .init("î", 1.2), .init("ï", 1.2), .init("ë", 1.0),
            .init("û", 1.2), .init("ç", 0.8), .init("œ", 2.0), .init("à", 0.6),
            .init("ù", 0.8), .init("tion$", 0.3),
        ]
    )

    static let spanish = LanguageProfile(
        .es,
        stopwords: [
            "de", "la", "que", "el", "en", "y", "a", "los", "del", "se",
            "las", "por", "un", "para", "con", "no", "una", "su", "al", "lo",
            "es", "como", "más", "pero", "sus", "le", "ya", "o", "este", "fue",
            "ha", "sí", "porque", "esta", "son", "entre", "está", "cuando", "muy", "sin",
            "sobre", "ser", "también", "me", "hasta", "hay", "donde", "han", "quien", "desde",
            "todo", "nos", "durante", "todos", "uno", "les", "ni", "contra", "otros", "ese",
            "eso", "ante", "ellos", "e", "esto", "mí", "antes", "algunos", "qué", "unos",
            "yo", "otro", "otras", "otra", "él", "tanto", "esa", "estos", "mucho", "quienes",
            "nada", "muchos", "cual", "poco", "ella", "estar", "estas", "algunas", "algo", "nosotros",
            "mi", "mis", "tú", "te", "ti", "tu", "tus", "ellas", "vosotros", "os",
            "están", "era", "eran", "sido", "hace", "puede", "pueden", "cada", "según", "así",
            "tras", "aunque", "mismo", "misma", "tiene", "tienen", "había", "será", "sea", "después",
            "entonces", "siempre", "menos", "bien", "aquí", "allí", "usted", "ustedes", "nuestro", "nuestra",
            "nuestros", "nuestras", "hacia", "mientras", "sino", "cómo", "dónde", "cuándo", "todavía", "además",
        ],
        markers: [
            .init("ñ", 2.5), .init("ción$", 1.2), .init("ciones$", 0.6), .init("dad$", 1.0),
            .init("dades$", 1.0), .init("ll", 0.3), .init("á", 0.5), .init("í", 0.6),
            .init("ó", 0.6), .init("ú", 0.5), .init("é", 0.3), .init("os$", 0.3),
            .init("ue", 0.3), .init("z$", 0.6),
        ],
        punctuation: ["¿": 2.0, "¡": 2.0]
    )

    static let italian = LanguageProfile(
        .it,
        stopwords: [
            "di", "e", "il", "la", "che", "in", "a", "per", "un", "è",
            "non", "una", "del", "con", "i", "le", "si", "da", "l", "al",
            "della", "lo", "sono", "come", "ma", "gli", "anche", "più", "dei", "nel",
            "alla", "ha", "questo", "se", "delle", "o", "ci", "nella", "degli", "ne",
            "hanno", "tra", "già", "loro", "quando", "essere", "dal", "fa", "sul", "stato",
            "questa", "cui", "sua", "suo", "dalla", "ad", "molto", "tutti", "perché", "ed",
            "fra", "dove", "quello", "io", "noi", "voi", "lui", "lei", "mi", "ti",
            "nei", "agli", "alle", "dagli", "dalle", "sugli", "sulla", "sulle", "dell", "all",
            "nell", "dall", "sull", "c", "d", "poi", "solo", "ancora", "ogni", "può",
            "possono", "senza", "sempre", "proprio", "mentre", "oltre", "però", "quindi", "cioè", "nostro",
            "nostra", "nostri", "nostre", "siamo", "era", "erano", "stati", "stata", "viene", "vengono",
            "questi", "queste", "quella", "quelli", "sia", "abbia", "aveva", "avere", "fare", "così",
            "tutto", "tutte", "tutta", "altro", "altri", "altra", "suoi", "sue", "mio", "mia",
            "dopo", "prima", "contro", "verso", "presso", "dunque", "nessuno", "nessuna", "qui", "chi",
            "quale", "quali", "ho", "hai", "abbiamo", "sta", "stanno", "negli", "nelle", "coi",
        ],
        markers: [
            .init("zz", 1.0), .init("gli", 1.0), .init("cch", 0.8), .init("zione$", 1.2),
            .init("zioni$", 1.2), .init("i$", 0.4), .init("tt", 0.4), .init("cc", 0.4),
            .init("ò", 1.5), .init("ì", 1.5), .init("à", 0.6), .init("ù", 0.6),
            .init("è", 0.6), .init("gn", 0.4), .init("sc", 0.3), .init("chi", 0.4),
        ]
    )

    static let german = LanguageProfile(
        .de,
        stopwords: [
            "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich",
            "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als",
            "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach",
            "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über",
            "einen", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur",
            "bis", "mehr", "durch", "man", "sein", "wurde", "sei", "kann", "gegen", "vom",
            "können", "schon", "wenn", "habe", "seine", "ihre", "dann", "unter", "wir", "soll",
            "ich", "eines", "diese", "dieser", "wieder", "keine", "seiner", "worden", "will", "zwischen",
            "immer", "was", "gibt", "alle", "diesen", "seit", "muss", "doch", "jetzt", "sowie",
            "ohne", "uns", "unsere", "unser", "ihr", "ihnen", "ihrem", "ihren", "ihrer", "seinem",
            "seinen", "dies", "dieses", "diesem", "da", "hier", "dort", "weil", "damit", "denn",
            "ob", "bereits", "sehr", "viele", "vielen", "mich", "mir", "dich", "dir", "euch",
            "wo", "wer", "wurden", "waren", "hatte", "hatten", "kein", "keinen", "einige", "jede",
            "jeder", "jeden", "jedes", "sondern", "sowohl", "weder", "also", "etwa", "zwar", "nun",
            "selbst", "ebenfalls", "daran", "darauf", "dabei", "dafür", "davon", "dazu", "wirklich", "alles",
        ],
        markers: [
            .init("sch", 1.0), .init("ch", 0.3), .init("ei", 0.4), .init("ie", 0.3),
            .init("tz", 0.8), .init("ung$", 1.0), .init("ungen$", 0.5), .init("cht", 0.8),
            .init("ä", 2.0), .init("ö", 2.0), .init("ü", 1.6), .init("ß", 2.5),
            .init("k", 0.4), .init("w", 0.4), .init("eu", 0.3), .init("^ge", 0.4),
            .init("en$", 0.3),
        ]
    )

    static let portuguese = LanguageProfile(
        .pt,
        stopwords: [
            "de", "a", "o", "que", "e", "do", "da", "em", "um", "para",
            "é", "com", "não", "uma", "os", "no", "se", "na", "por", "mais",
            "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à",
            "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos", "já", "está",
            "eu", "também", "só", "pelo", "pela", "até", "isso", "ela", "entre", "era",
            "depois", "sem", "mesmo", "aos", "ter", "seus", "quem", "nas", "me", "esse",
            "eles", "estão", "você", "tinha", "foram", "essa", "num", "nem", "suas", "meu",
            "às", "minha", "têm", "numa", "pelos", "elas", "havia", "seja", "qual", "será",
            "nós", "tenho", "lhe", "deles", "essas", "esses", "pelas", "este", "fosse", "dele",
            "são", "sobre", "ainda", "cada", "todos", "todas", "todo", "toda", "pode", "podem",
            "onde", "porque", "aqui", "então", "vai", "vão", "nosso", "nossa", "nossos", "nossas",
            "isto", "aquele", "aquela", "aquilo", "esta", "estes", "estas", "pois", "apenas", "sempre",
            "segundo", "durante", "contra", "desde", "antes", "bem", "outro", "outra", "outros", "outras",
            "muitos", "muitas", "tão", "assim", "quais", "cujo", "porém", "estava", "sido", "faz",
        ],
        markers: [
            .init("ã", 2.5), .init("õ", 2.5), .init("ção$", 1.5), .init("ções$", 1.5),
            .init("nh", 1.0), .init("lh", 1.0), .init("ç", 0.8), .init("ê", 0.8),
            .init("â", 0.6), .init("ô", 0.6), .init("á", 0.4), .init("í", 0.4),
            .init("ó", 0.4), .init("ú", 0.3), .init("à", 0.4), .init("m$", 0.5),
            .init("ou$", 0.3),
        ]
    )
}
