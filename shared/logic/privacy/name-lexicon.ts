import { eng, pol, spa } from 'stopword';
import { foldForMatch } from './folded';
import derived from './name-lexicon.data.json';

/**
 * Which words are person names, which are ordinary words. The base is compromise's English
 * lexicon (about 3,300 first names and 900 last names, tagged MaleName, FemaleName, FirstName,
 * Person, LastName); Spanish, Polish and other names common among Chicago's residents are added
 * here because compromise's list is English-centred. A word compromise tags as anything else
 * (a verb, a month, a city) is an ordinary word. compromise itself takes hundreds of milliseconds
 * to load, so its lexicon ships derived (`name-lexicon.data.json`, rebuilt by
 * `npm run privacy:lexicon` and checked current by a unit test); loading that is a JSON parse.
 */

// Given names compromise lacks or tags as something else ("Guadalupe" is a City there).
const EXTRA_FIRST_NAMES = `
maria jose juan rosa guadalupe lupe carmen ana luis carlos jesus miguel alejandro fernando javier ricardo ramon raul alejandra veronica yolanda
marisol ximena xochitl citlali itzel yesenia araceli maricela socorro consuelo dolores esperanza graciela lourdes mercedes pilar rocio soledad
beatriz adriana gabriela daniela fernanda valeria camila sofia lucia paola brenda karla mayra leticia norma silvia gloria teresa patricia martha
marta elena julia juana francisca catalina ignacio santiago diego mateo sebastian emiliano joaquin rodrigo eduardo enrique francisco pedro pablo
rafael roberto sergio arturo armando alfredo gerardo hector hugo ivan jorge julio manuel mario oscar ruben salvador tomas victor andres agustin
angel efrain ernesto esteban guillermo gustavo horacio ismael jaime leonardo lorenzo marco martin nicolas octavio omar orlando rogelio ulises
yadira nayeli anahi guadalupe maribel marisela reyna wendy yaneli jazmin abril luz alma aurora blanca cecilia claudia diana estela irma josefina
katarzyna malgorzata agnieszka krystyna barbara ewa elzbieta zofia magdalena joanna monika beata dorota jadwiga halina irena grazyna danuta
bozena urszula wiktoria aleksandra natalia zuzanna maja hanna agata iwona jolanta marzena renata zbigniew grzegorz krzysztof andrzej tomasz
pawel marcin michal jakub kamil lukasz mateusz bartosz wojciech piotr jan stanislaw tadeusz jerzy jacek janusz mariusz dariusz slawomir
miroslaw przemyslaw szymon dawid adrian filip kacper wiktor antoni franciszek leszek ryszard henryk kazimierz wladyslaw boleslaw czeslaw
zdzislaw witold kasia gosia basia ola asia tomek kuba bartek wojtek marek
muhammad mohammed mohamed ahmed ahmad fatima aisha ayesha hassan hussein yusuf zainab layla noor imran bilal tariq khadija amina mariam
nguyen thanh linh minh jun jin hyun seo min ji-woo jiwoo rizal maricel jocelyn rowena rhodora lourdes imelda
deshawn jamal tyrone latoya shanice keisha darnell marquis deandre lashonda tanisha jaylen
`;
// Surnames: extend a first name ("Rosa Inventada" needs no list), and make "maria lopez" a name in any case.
const EXTRA_LAST_NAMES = `
garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz reyes morales cruz ortiz gutierrez
chavez ramos ruiz alvarez mendoza castillo jimenez moreno romero herrera medina aguilar vargas guzman castro juarez dominguez vazquez salazar
soto delgado pena rios contreras sandoval estrada navarro ochoa nunez rojas campos fuentes espinoza figueroa acosta velazquez cervantes luna
cabrera maldonado nowak kowalski kowalska wisniewski wisniewska wojcik kowalczyk kaminski kaminska lewandowski lewandowska zielinski zielinska
szymanski szymanska wozniak dabrowski dabrowska kozlowski kozlowska jankowski jankowska mazur kwiatkowski kwiatkowska krawczyk piotrowski
grabowski nowakowski pawlowski michalski nowicki adamczyk dudek zajac wieczorek jablonski krol majewski olszewski jaworski wrobel malinowski
pawlak witkowski walczak stepien gorski rutkowski michalak sikora ostrowski baran duda szewczyk nguyen tran pham patel shah khan singh santos
bautista villanueva dela
`;
// Ordinary words that compromise's lexicon does not know but residents write every day in English,
// Spanish and Polish; never taken for a name after "I'm", "soy", "jestem".
const EXTRA_ORDINARY = `
madre padre mama papa abuela abuelo vecino vecina vecinos residente residentes maestra maestro duena dueno estudiante trabajador trabajadora
enfermera enfermero voluntario voluntaria miembro parte nuevo nueva nuevos de del la las los el un una muy tan bien mal aqui aca alla
preocupado preocupada preocupados cansado cansada cansados feliz triste mayor joven jovenes
mama matka ojciec sasiad sasiadka mieszkanka mieszkaniec nauczycielka nauczyciel studentka student emerytka emeryt rodzicem mama tata
zaniepokojony zaniepokojona nowa nowy z ze stad tutaj tu bardzo
here there home back out fine sorry glad worried afraid scared tired sick new old not also just still really very so too concerned
`;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

const lexFirst = new Set<string>(derived.first);
const lexLast = new Set<string>(derived.last);
const lexHonorific = new Set<string>(derived.honorific);
const lexOrdinary = new Set<string>(derived.ordinary);

const extraFirst = new Set(words(EXTRA_FIRST_NAMES));
const extraLast = new Set(words(EXTRA_LAST_NAMES));
const extraOrdinary = new Set(words(EXTRA_ORDINARY));

/** Function words of English, Spanish and Polish, folded: never a name. */
export const STOPWORDS: ReadonlySet<string> = new Set([...eng, ...spa, ...pol, 'im', 'ive', 'its', 'thats', 'dont', 'cant', 'el', 'ella', 'yo', 'ja', 'ty'].map(foldForMatch));

/** A word people use as a given name (folded). */
export function isFirstName(folded: string): boolean {
  return extraFirst.has(folded) || lexFirst.has(folded);
}

/** A word people use as a family name (folded). */
export function isLastName(folded: string): boolean {
  return extraLast.has(folded) || lexLast.has(folded);
}

/** An ordinary word: a function word, or a word compromise knows as something other than a name. */
export function isOrdinaryWord(folded: string): boolean {
  if (STOPWORDS.has(folded) || extraOrdinary.has(folded)) return true;
  if (extraFirst.has(folded) || extraLast.has(folded)) return false;
  return lexOrdinary.has(folded) && !lexFirst.has(folded) && !lexLast.has(folded);
}

/** compromise's honorifics ("mr", "mrs", "dr", "sgt"…), folded. */
export function isHonorificWord(folded: string): boolean {
  return lexHonorific.has(folded);
}
