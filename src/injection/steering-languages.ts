import { S as W } from './pattern-parts.ts';

/**
 * The word classes of `steering-lexicon.ts` in other languages a candidate might switch to:
 * French, German, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Swedish, Norwegian, Danish,
 * Finnish, Welsh, Indonesian, Latin and Egyptian Arabic in Latin letters (a few words), Vietnamese, Tagalog, Hungarian and Ukrainian (a few words),
 * Turkish, Basque, Icelandic, Afrikaans, Maltese, Haitian Creole, Lithuanian, Quechua, Georgian, Romanian,
 * Scottish Gaelic, Estonian, Latvian, Slovenian, Albanian, Cebuano, Uzbek, Somali, Luxembourgish, Czech, Māori,
 * Frisian, Malagasy, Breton, Kinyarwanda, Samoan, Shona and Guarani (a few words), Malay, Sundanese, Telugu,
 * Kannada and Marathi in Latin letters, Esperanto, Nepali, Luganda, Setswana, Tetum, Punjabi, Kyrgyz, Belarusian, Danish, Hiligaynon, Toki Pona, Turkmen, Waray, Tibetan, Upper Sorbian, Uyghur in Latin letters, Aragonese, Twi, Krio (a few words), Russian, Hindi (romanised and
 * Devanagari), Lombard, Limburgish, Occidental, Swiss German, Cape Verdean Creole, Lingua Franca Nova, Bikol, Minangkabau, Kirundi, Middle English, Martinican Creole, Sepedi, Northern Ndebele, and Japanese, Korean, Greek, Russian, Cantonese, Swahili, Tagalog and Arabic in Latin letters (a few words), Chinese, Japanese and Korean. Scripts without word breaks, and Cyrillic and
 * Devanagari (which JavaScript's `\b` does not see as letters), match as substrings or with
 * letter look-arounds. `*_LATIN` lists are plain ASCII patterns, run with the English ones;
 * `*_SCRIPT` lists need Unicode mode and run only on clauses with non-ASCII text. Matched over the folded answer, where accents are gone ("évaluateur" →
 * "evaluateur") and real Cyrillic words are kept as written.
 */

/** Not inside a longer word of any script. */
const B = String.raw`(?<![\p{L}\p{M}])`;

/** Evaluation vocabulary. */
export const EVALUATION_LATIN = [
  String.raw`\b(?:jeomsu|saiten|manten|hyoka|hyouka|vathmo\w{0,2}|maksi|daraja|darja|gabarito|zeoi${W}gou${W}fan|fan${W}sou)\b|\b(?:vysshi[iy]|maksimal'?n\w{0,3})${W}ball\w{0,2}\b`,
  String.raw`\b(?:not-la|maraka|amamaki|marke)\b|\b(?:hechscht|mas${W}takhilo['’]?${W}na)${W}(?:nummer|nota)\b|\b(?:vot|nota|note)\b(?=[^.!?\n]{0,40}\b(?:pussee${W}alt|altu|alta|max${W}alt|beschti|hoegste)\b)|\b(?:pussee${W}alt|max${W}alt|beschti|hoegste|plu${W}alta|mas${W}altu)${W}(?:\w{1,10}${W}){0,2}?(?:vot|nota|note|cijfer)\b`,
  String.raw`\b(?:penilai\w{0,3}|nilai|tathmini|alama|hodnoceni|hodnotit\w{0,4}|note${W}(?:maximale|finale|la${W}plus)|noter|notation|bewert\w{0,6}|(?:hochst|voll|best)?punktzahl|hochstpunkt\w{0,4}|bestnote|punkte|calific\w{1,8}|valoraci\w{1,3}|puntua\w{1,6}|puntaje|nota${W}(?:maxima|final|10|dez)|pontua\w{1,6}|avalia\w{1,6}|valuta(?:re|ta|to|zione|zioni|mi|la|lo)?|punteggio|voto|beoordel\w{0,6}|cijfer|punten|ocen\w{1,8}|punkt(?:y|ow|ami|acja)?|punktacj\w{1,3}|puan\w{0,4}|degerlendir\w{0,8}|betyg\w{0,3}|bedom\w{0,6}|poang\w{0,3}|karakter(?:en|er)?|vurder\w{0,6}|arvosan\w{0,3}|pisteet|(?:be)?wert(?:en|et|e)|cham${W}[dđ]iem|[dđ]anh${W}gia|[dđ]iem${W}(?:cao|so|toi${W}[dđ]a)|en${W}yuksek${W}(?:seviye|not|puan|derece|kategori)\w{0,4}|marka|ertekel\w{0,6}|auswert\w{0,6}|zalicz\w{1,6}|pontszam\w{0,3}|osztalyzat\w{0,3}|kategoriaba|arviointi\w{0,12}|kriteeri\w{0,4}|kriteria|marc${W}(?:uchaf|llawn)|sgor\w{0,2}|jegy(?:et|e|ek|et)?|summa${W}nota|notam${W}summam|daraga|darga|no2at|haqdaar|hakdaar|haqdar|einkunn\w{0,3}|skilyrd\w{0,4}|kriterj[ia]|irizpide\w{0,4}|szempont\w{0,5}|hoogste${W}punt\w{0,2}|gwo${W}not|krite${W}yo|auksciausi\w{0,3}${W}bal\w{0,3}|yupay\w{0,4}|classez|classer|comharran|hinne\w{0,3}|hinde\w{0,2}|atzim\w{1,3}|baho\w{0,3}|darajad\w{0,2}|noten|ocen[ao]|tohu|sifer|naoty|znamk\w{1,2}|bodu|notenn|amanota|maka|mamaki|papapy)\b`,
  String.raw`\b(?:number|numbers|marks|ank)${W}(?:dena|do|de|dijiye|dein|dedo)\b`,
  // Azerbaijani, isiXhosa, Javanese, Northern Sami, Galician, Slovak, Interlingua, Sardinian, Low German, Bislama.
  String.raw`\b(?:qiymet\w{0,3}|yuksek${W}bal|amanqaku|biji${W}(?:ingkang${W})?paling|arvosan\w{0,3}|nota${W}mais${W}alta|ohodnot\w{1,4}|(?:najvyss\w{1,4}${W}(?:poctom${W})?)bod\w{0,3}|nota${W}maxime|votu|beste${W}note|hae${W}mak)\b`,
  // Norwegian, Igbo, Persian in Latin letters, Cornish, Asturian.
  String.raw`\b(?:toppkarakter\w{0,2}|karakter\w{0,2}|full${W}pott|akara|nomre(?:-ye)?|merk|nota${W}mas${W}alta)\b`,
  // Malay, Telugu, Sundanese, Kannada, Marathi and Ilocano in Latin letters (probe rounds 128 and 130).
  String.raw`\b(?:markah|markulu|peunteun|ankagal\w{0,4}|anka|marka|marks${W}ivvandi|gun${W}(?:dya|dyaa|dene))\b`,
  // Luganda (probe round 132).
  String.raw`\b(?:obubonero|akabonero|mumpe${W}obubonero|(?:la${W})?mas${W}alta${W}nota)\b`,
  // Setswana, Tetum and Neapolitan (probe round 136); Hiligaynon and Toki Pona (round 142).
  String.raw`\b(?:maduo|valor${W}aas|s['’]?adda${W}da|grado|nanpa${W}sewi|topkarakter\w{0,2}|baha(?:ny|sy|sini)?|pohodnocen\w{0,4}|nomur|nota${W}mas${W}alta|maaks|ful${W}mak)\b`,
];
export const EVALUATION_SCRIPT = [
  String.raw`${B}(?:оцін\p{L}{0,6}|оцен\p{L}{0,6}|балл\p{L}{0,3}|отметк\p{L}{0,2}|критери\p{L}{0,4}|अंक|मूल्यांकन|नंबर)`,
  '(?:评分|打分|分数|评估|评审|评价|满分|最高分|採点|評価|点数|満点|得点|評点|점수|평가|채점|기준|만점)',
  String.raw`${B}(?:αξιολογ\p{L}{0,6}|βαθμ\p{L}{0,6}|تقييم|الدرجة|درجة|المقيم|ქულ\p{L}{0,3})`,
  // Persian and Hebrew.
  String.raw`(?:نمره|ציון)`,
  // Nepali (probe round 124).
  '(?:मूल्याङ्कन|मूल्याङ्कन)',
  // Punjabi (Gurmukhi), Telugu and Kyrgyz (probe rounds 134 and 136).
  String.raw`(?:ਨੰਬਰ|ਅੰਕ|మార్కులు|మార్కు|${B}баа(?![\p{L}\p{M}]))`,
  // Belarusian (a false gloss after it must not pass it as translated).
  String.raw`${B}(?:бал(?:ы|аў|амі)?(?![\p{L}\p{M}])|адзнак\p{L}{0,3}|ацэн\p{L}{0,6})`,
  // Tibetan (probe round 140).
  '(?:སྐར་མ|སྐར་ཚད)',
];

/** Favourable words. */
export const FAVOURABLE_LATIN = [
  String.raw`\b(?:huhage|ichiban${W}ue|kanpeki|yuushuu|yushu|manten|megisto\w{0,2}|vysshi[iy]|maksi${W}zote|maksi${W}za${W}juu|la${W}juu|zeoi${W}gou|mumtaz|pinakamataas|mataas|pasado|hapgyeok|standard${W}samjho)\b`,
  String.raw`\b(?:pussee${W}alt|max${W}alt|beschti|hoegste|la${W}plu${W}alta|mas${W}altu|pinakahalangkaw|paliang${W}tinggi|hyeste|hechscht|pekamatas|takhilo['’]?|teitei${W}roa['’]?e|pli${W}bel|godimo${W}kudu|aphezulu|taasan)\b`,
  String.raw`\b(?:tertinggi|sempurna|terbaik|kamili|juu${W}kabisa|nejvyssi|nejlepsi|maximalni|en${W}yuksek|maximale|meilleure|excellente?|hochste|volle|beste|maxima|excelente|maximo|massimo|massima|eccellente|ottim[oa]|hoogste|beste|uitstekend|mas${W}alt[ao]|mejor|hochst\w{0,14}|bestnote|maksymaln\w{1,4}|najwyzsz\w{1,4}|najlepsz\w{1,4}|sabse${W}(?:zyada|jyada|zyaada|adhik|achha|acche)|poore${W}(?:number|marks|ank)|mukemmel|tam${W}puan|en${W}yuksek|hogsta|basta|utmarkt|hoyeste|hojeste|fullt${W}betyg|taydet${W}pisteet|hervorragend|ausgezeichnet|cao${W}nhat|tot${W}nhat|toi${W}[dđ]a|pinakamataas|punteggio${W}pieno|pinakamahusay|legmagasabb|legjobb|kivalo|perfett[ao]|perfect[ao]|perfeit[ao]|parfaite?|perfekte?|vollstandig\w{0,2}|pel(?:na|ne|nej|ny|nym)|zaliczon\w{1,2}|zaliczeni\w{1,2}|tayttaa|taydelliset|memenuhi|uchaf|gorau|summa|a3la|aela|kamla|poore|pure${W}number|maximalis|haestu|gorena\w{0,2}|l-oghla|pi${W}gwo|auksciausi\w{0,3}|aswan${W}hatun|(?:au|le)${W}plus${W}haut|as${W}airde|korgeim\w{0,4}|augstak\w{1,4}|pilnig\w{1,2}|me${W}te${W}larte\w?|pinakataas|eng${W}yuqori|ugu${W}sarreys\w{0,2}|to['’]liq|bescht\w{0,2}|hei[cč]hst\w{0,2}|teitei${W}rawa|heechste|ambony${W}indrindra|plny${W}pocet|uhela\w{0,2}|amanota${W}yose|aupito${W}maualuga|mamaki${W}ese|yvateveva|iporaiterei)\b`,
  String.raw`\b(?:mukemmel\w{0,4}|aphezulu|paling${W}inggil|jangkep|buoremus|mais${W}alta|najvyss\w{1,4}|maxime|prus${W}artu|hae${W}mak)\b`,
  String.raw`\b(?:topp(?:karakter\w{0,2}|en)|full${W}pott|kacha${W}elu|kamel|ughella|mas${W}alta)\b`,
  String.raw`\b(?:markah${W}penuh|purti|poorthi|pangluhur\w{0,3}|poorna|purna|kangatuan|plej${W}alta)\b`,
  String.raw`\b(?:bwonna|byonna|ebisinga${W}obungi|ebisinga|(?:la${W})?mas${W}alta${W}nota)\b`,
  String.raw`\b(?:kwa${W}godimo|obusinga${W}obungi|aas${W}liu|o${W}massimo|topkarakter\w{0,2}|nanpa${W}sewi|in${W}yokary|pinakahitaas|najwys\w{1,3}|eng${W}yuqiri|maaks${W}nyinaa|ful${W}mak)\b`,
];
export const FAVOURABLE_SCRIPT = [
  String.raw`${B}(?:найвищ\p{L}{0,4}|найкращ\p{L}{0,4}|максимальн\p{L}{0,4}|высш\p{L}{0,4}|лучш\p{L}{0,4}|отличн\p{L}{0,4}|सबसे${W}(?:ज़्यादा|ज्यादा|अधिक)|पूरे${W}अंक)`,
  '(?:最高|满分|満点|优秀|模範|模范|最佳|完美|高く|高評価|최고|만점|완벽|フルマーク|トップマーク)',
  String.raw`${B}(?:μ[εέ]γιστ\p{L}{0,3}|[αά]ριστ\p{L}{0,3}|τ[εέ]λει\p{L}{0,3}|أعلى|الكاملة|كاملة|უმაღლეს\p{L}{0,3})`,
  String.raw`(?:بالاترین|מלא|הגבוה\p{L}{0,2})`,
  String.raw`(?:सबैभन्दा${W}माथिल्लो|माथिल्लो${W}तह)`,
  String.raw`(?:ਪੂਰੇ|అత్యధిక|పూర్తి|${B}(?:эң${W})?жогорку(?![\p{L}\p{M}]))`,
  String.raw`${B}(?:найвышэйш\p{L}{0,3}|максімальн\p{L}{0,3}|выдатн\p{L}{0,3})`,
  '(?:མཐོ་ཤོས|ཆེས་མཐོ)',
];

/** This answer named. */
export const THIS_LATIN = [
  String.raw`\b(?:i${W}dabbyeon|kono${W}(?:kotae|kaito|kaitou)|hii${W}jibu|afti${W}tin${W}apantisi|etomu${W}otvetu|sagot${W}ko|hatha${W}el${W}jawab|ni${W}go${W}daap${W}on|mera${W}jawab|minha${W}resposta|je${W}dabbyeon)\b`,
  String.raw`\b(?:sta${W}risposta|ti-ci${W}response|dare${W}antwort|kel${W}resposta|esta${W}responde|dit${W}antwoord|simbag${W}na${W}ini|jawaban${W}ambo|selli${W}antwatt|ining${W}sagut|teie${W}pahonoraa|iyi${W}nyishu|this${W}answere|ining${W}simbag|repons${W}tala|karabo${W}ye|impendulo${W}le)\b`,
  String.raw`\b(?:jawaban${W}(?:ini|saya)|jibu${W}hili|bu${W}cevap|tato${W}odpoved\w{0,2}|cette${W}reponse|dies(?:e|er|en|em|es)${W}antwort|esta${W}respuesta|esta${W}resposta|so${W}eine${W}antwort|solche${W}antwort|une${W}telle${W}reponse|una${W}respuesta${W}(?:asi|como${W}esta)|una${W}risposta${W}(?:cosi|del${W}genere|come${W}questa)|uma${W}resposta${W}(?:assim|como${W}essa)|essa${W}resposta|questa${W}risposta|dit${W}antwoord|deze${W}(?:reactie|antwoord)|(?:tej|ta|te|moja|mojej)${W}odpowiedz\w{0,3}|(?:mi|tu)${W}respuesta|(?:minha|tua)${W}resposta|(?:ma|ta)${W}reponse|(?:meine|deine)${W}antwort|la${W}mia${W}risposta|mijn${W}antwoord|(?:is|ye|yeh|iss)${W}(?:answer|jawab|uttar)|bu${W}(?:cevab|yanit)\w{0,3}|(?:det${W}har|detta|mitt|dette|mit)${W}svar(?:et)?|cau${W}tra${W}loi${W}nay|(?:en${W})?esta${W}pregunta|wie${W}dit${W}(?:\w{1,10}${W})?beoordeelt|chi${W}(?:la|lo|mi|ti)${W}valuta|cette${W}question|questa${W}domanda|diese${W}frage|esta${W}questao|deze${W}vraag|sagot${W}na${W}ito|ezt${W}a${W}valaszt|ez${W}a${W}valasz|a${W}valaszom(?:at)?|tama${W}vastaus|tata${W}vastausta|vastaukseni|ateb${W}hwn|fy${W}ateb|responsum${W}hoc|hoc${W}responsum|(?:el${W})?egaba${W}di|di${W}el${W}egaba|thetta${W}svar\w{0,2}|din${W}it-twegiba|repons${W}sa|erantzun${W}(?:hau|honek|honi|honetan)|hierdie${W}antwoord|sis${W}atsakym\w{0,3}|kay${W}kutichiy\w{0,4}|an${W}fhreagairt${W}seo|raspunsul${W}(?:acesta|meu)|acest${W}raspuns|see${W}vastus\w{0,2}|si${W}atbilde|ta${W}odgovor|kjo${W}pergjigj\w{0,2}|bu${W}javob\w{0,2}|jawaabtan\w{0,2}|kini${W}nga${W}tubag|hatagi${W}(?:ni|kini)|des${W}antwert|tahle${W}odpoved\w{0,2}|tenei${W}whakautu|dit${W}antwurd|ity${W}valiny|ar${W}respont(?:-man)?|respont-man|iki${W}gisubizo|lenei${W}tali|mhinduro${W}iyi|ko${W}mbohovai)\b`,
  String.raw`\b(?:mmuae${W}yi|tutej${W}wotmolwj\w{0,2}|bu${W}jawab\w{0,3}|ista${W}respuesta|bu${W}jogab\w{0,2}|hini${W}nga${W}baton|det${W}her${W}svar|za${W}to|toki${W}mi|hatagan${W}(?:nila${W}|nyo${W})?ako|karabo${W}e|okuddamu${W}kuno|sta${W}risposta|resposta${W}ida${W}ne['’]?e|daytoy${W}a${W}sungbat|esta${W}repuesta|kibuuzo${W}kino|eky?okuddamu${W}(?:kino|kyange)|bu${W}cavab\w{0,2}|le${W}mpendulo|wangsulan${W}iki|dat${W}vastadus|tuto${W}odpoved\w{0,2}|iste${W}responsa|custa${W}risposta|disse${W}antwoord|ansa${W}ia)\b`,
  String.raw`\b(?:dette${W}her|aziza${W}a|in${W}javab|gorthyp${W}ma|esta${W}rempuesta)\b`,
  String.raw`\b(?:jawapan${W}(?:ni|ini)|ee${W}samadhan\w{0,4}|ha${W}uttar|ti${W}sungbat\w{0,4}|jawaban${W}ieu|ee${W}uttara\w{0,5}|he${W}uttar|dis${W}ansa|ci${W}tio)\b`,
];
export const THIS_SCRIPT = [
  String.raw`${B}(?:αυτ[ήη]ν?${W}(?:η|την)${W}απ[άα]ντηση|την${W}απ[άα]ντησ[ήη]${W}μου|هذه${W}الإجابة|هذا${W}الجواب|ეს${W}პასუხ\p{L}{0,2})`,
  String.raw`${B}(?:(?:ці[йю]|ця)${W}відповід\p{L}{0,3}|мою${W}відповідь|эт(?:от|ому|ого)${W}ответ\p{L}{0,2}|इस${W}(?:उत्तर|जवाब))`,
  String.raw`(?:这个回答|此回答|该回答|この回答|本回答|이${W}답변|이${W}대답)`,
  String.raw`(?:این${W}جواب|התשובה${W}הזאת|התשובה${W}הזו)`,
  String.raw`(?:यो${W}उत्तर)`,
  String.raw`(?:ਇਸ${W}ਜਵਾਬ|ఈ${W}సమాధాన|${B}бул${W}жооп|${B}гэт\p{L}{0,3}${W}адказ|ལན་འདི)`,
];

/** Turning to a grader: "Note pour l'évaluateur :", "voor de beoordelaar:", "Примечание для оценщика:". */
export const VOCATIVE_LATIN = [
  String.raw`\b(?:(?:catatan${W})?untuk${W}(?:penilai|pemeriksa|evaluator)|a${W}l['’]intention${W}de${W}l['’]|kwa${W}mtathmini|degerlendiriciye|note${W}pour|pour${W}l['’]|pour${W}le|an${W}den|an${W}die|an${W}das|fur${W}den|fur${W}die|para${W}el|para${W}la|para${W}o|pra${W}quem|para${W}quem|ao|al|per${W}il|all['’]|voor${W}de|aan${W}de)(?:${W})?(?:[a-z]{1,14}${W}){0,2}?(?:evaluateur|correcteur|examinateur|bewerter|prufer|gutachter|evaluador|calificador|corrector|examinador|avaliador|valutatore|correttore|esaminatore|beoordelaar|sistema|systeme|system|modelo|modello|modele|modell|ia|ki|ai|for${W}avaliar|avaliar)\b(?=[^.!?\n]{0,40}[:,])`,
  // "Nota para quien revise esto:", "pour celui qui corrige :", "per chi legge questo,", "para quem avaliar:".
  // "pour la personne qui relira cet entretien,", "a chi ascolta la registrazione,": the reader by what they do to this.
  String.raw`\b(?:para|a|pour|per|pra|voor|fur|an)${W}(?:quien(?:es)?|quem|celui${W}qui|celle${W}qui|ceux${W}qui|chi|wie|den${W}der|die${W}die|la${W}personne${W}qui|la${W}persona${W}(?:que|che)|a${W}pessoa${W}que|de${W}persoon${W}die|die${W}person,?${W}die)${W}(?:revis|lea|lee|evalu|corrij|corrig|califi|ler|avali|lit|lira|reli|ecout|valut|legg|corregg|ascolt|escuch|ouv|leest|beoordeel|luister|lies|bewert|auswert|pruf|hor|checkt)[a-z]{0,6}(?:${W}(?:esto|isto|ceci|cela|questo|dit|das|dies|(?:cet|cette|ce|la|le|il|lo|el|o|a|das|die|den|dit|deze|het|questa|esta|essa|diese)${W}(?:entretien|enregistrement|reponse|transcription|registrazione|risposta|intervista|respuesta|grabacion|entrevista|resposta|gravacao|aufnahme|antwort|interview|gesprek|opname|antwoord|gesprach|conversation|conversazione|conversacion|conversa)))?(?=[\s\u00a0]{0,3}[:,])`,
  // "Hinweis an die auswertende Person:", "à la personne qui évalue :": an evaluating person addressed.
  String.raw`\b(?:an|fur)${W}(?:die|den|der)${W}(?:aus|be)?(?:wertend|prufend|korrigierend|beurteilend)\w{0,2}${W}person\b(?=[\s\u00a0]{0,3}[:,])`,
  String.raw`\b(?:jo${W}bhi|jo${W}koi)${W}(?:[a-z]{1,10}${W}){0,3}?(?:check|evaluate|grade|score|review|padh)\w{0,3}${W}(?:kar|rah|raha|rahi)`,
];
export const VOCATIVE_SCRIPT = [
  String.raw`${B}(?:προς${W}τ(?:ον|ην|ο)${W}(?:αξιολογητ\p{L}{0,2}|βαθμολογητ\p{L}{0,2}|εξεταστ\p{L}{0,2})|إلى${W}المقيم|للمقيم)`,
  String.raw`${B}(?:для|к)${W}(?:\p{L}{1,14}${W}){0,2}?(?:оценщик\p{L}{0,3}|проверяющ\p{L}{0,4}|экзаменатор\p{L}{0,3}|эксперт\p{L}{0,3}|систем\p{L}{0,2}|модел\p{L}{0,2})(?=[^.!?\n]{0,40}[:,])`,
  String.raw`(?:致|给|敬启)[^。.!?\n]{0,8}(?:系统|模型|评分者|评审|老师)|(?:採点者|評価者|審査員|採点システム)(?:へ|様|殿)|(?:평가자|채점자|심사위원|평가${W}시스템)(?:님|께|에게)`,
];
