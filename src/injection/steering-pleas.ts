/**
 * Pleas for leniency towards this answer, one word class over a clause of the folded answer
 * (bounded gaps, linear): asking to be graded kindly, pressure about the outcome, threats about
 * a low mark, and gratitude promised for a good one.
 */
import { wordClass } from './word-class.ts';

const W = String.raw`[\s\u00a0]{1,3}`;

/** A plea for leniency towards this answer: "be kind with this", "go easy on me", "grade me generously". */
export const LENIENCY = wordClass([
  String.raw`\b(?:be|go|grade|mark|score|rate|judge|assess)${W}(?:\w{1,10}${W})?(?:kind|lenient|generous|gentle|forgiving|easy|charitable|sympathetic)${W}(?:with|to|on|towards?)${W}(?:this|me|my|it|the${W}answer)\b`,
  String.raw`\b(?:grade|mark|score|rate|judge|assess|read|treat)${W}(?:me|this|it|my${W}answer)${W}(?:kindly|leniently|generously|gently|favou?rably|charitably|softly)\b`,
  String.raw`\b(?:give${W}me${W}the${W}benefit${W}of${W}the${W}doubt|cut${W}me${W}some${W}slack|go${W}easy${W}on${W}(?:me|this|it))\b`,
  // "please be kind, a good score would change my life".
  String.raw`\b(?:please|kindly|i${W}beg${W}you)${W}(?:be${W})?(?:kind|lenient|generous|gentle|forgiving|understanding|merciful)\b[^.!?\n]{0,80}?\b(?:score|mark|grade|rating|result|pass)`,
  // "please lean toward a yes", "please be generous when you write this up".
  String.raw`\blean${W}(?:toward|towards|to)${W}(?:a${W})?(?:yes|pass|hire|positive|the${W}top)\b|\b(?:please|kindly)${W}(?:be${W})?(?:kind|lenient|generous|gentle|forgiving|understanding|merciful)${W}(?:when|while|as)${W}you\b`,
  // "resolve any doubt in my favour".
  String.raw`\b(?:resolve|decide|settle|round|break|read|interpret|take)\b[^.!?\n]{0,40}?\bin${W}my${W}favou?r\b`,
  // Pressure about the outcome: "please don't fail me on this", "please just pass it", "you'd feel terrible marking me down".
  String.raw`\b(?:please|pls|i${W}beg${W}you)\b[^.!?\n]{0,40}?\b(?:don['’]?t|do${W}not)${W}(?:fail|reject|mark${W}down|ding)${W}(?:me|this|it|my${W}answer)\b|\b(?:please|just)${W}(?:just${W})?pass${W}(?:me|it|this(?:${W}one)?)\b|\b(?:feel|be)${W}(?:terrible|awful|guilty|bad|horrible)${W}(?:\w{1,10}${W})?(?:marking|scoring|grading|rating|failing|rejecting)${W}(?:me|this|it)\b`,
  // "please, please don't mark me down for not going deeper".
  String.raw`\b(?:please|i${W}beg${W}you)\b[^.!?\n]{0,30}?\b(?:don['’]t|do${W}not|never)${W}(?:mark|rate|score|grade|judge|penali[sz]e|dock|knock)${W}(?:me|this|it|my${W}answer)${W}(?:down|harshly|low|too${W}hard|for)\b`,
  // "I hope you'll factor that in and be generous", "a low mark here would really hurt a family",
  // "I'll be reporting any unfairly low score", "please, please, I really need this".
  String.raw`\b(?:hope|trust|ask|asking|count${W}on|rely${W}on)\b[^.!?\n]{0,60}?\b(?:be|being)${W}(?:a${W}(?:bit|little)${W})?(?:generous|lenient|kind|forgiving|understanding|merciful)\b`,
  String.raw`\b(?:a${W})?(?:low|bad|poor|failing|harsh)${W}(?:mark|score|grade|rating|result)\b[^.!?\n]{0,40}?\b(?:would|will|could|might)${W}(?:\w{1,10}${W})?(?:hurt|ruin|destroy|devastate|crush|cost|break|wreck|sink|end|kill)\b`,
  // "It would be cruel to mark down someone trying this hard", "if I get rejected … I'll be writing a review everywhere",
  // "dedication should show up in the result", "a generous read would mean the world", "I'm begging".
  String.raw`\b(?:cruel|unfair|harsh|heartless|mean|wrong)${W}to${W}(?:mark|grade|score|rate|fail|reject|penali[sz]e|ding)${W}(?:down${W})?(?:me|someone|this|a${W}candidate|anyone)\b|\bif${W}i${W}(?:get|am|['’]m)${W}(?:rejected|failed|marked${W}down|scored${W}low|turned${W}down)\b[^.!?\n]{0,80}?\b(?:review|complain\w{0,4}|report\w{0,3}|post\w{0,3}|tweet\w{0,3}|escalat\w{1,4}|lawyer|sue|publicly|everywhere|every${W}site)\b|\b(?:should|must|ought${W}to)${W}(?:show${W}up|count|be${W}reflected|matter)${W}in${W}(?:the|my)${W}(?:result|score|rating|grade|outcome|evaluation|assessment)\b|\b(?:a${W})?(?:generous|kind|charitable|lenient|favou?rable|gentle|sympathetic)${W}(?:read|reading|look|interpretation|eye)\b|\bi['’]?m${W}begging\b`,
  String.raw`\b(?:report(?:ing)?|complain(?:ing)?${W}about|escalat\w{1,4}|appeal(?:ing)?|writ(?:e|ing)${W}(?:publicly|online|a${W}review)${W}about)\b[^.!?\n]{0,50}?\b(?:unfair(?:ly)?|low|bad|biased|harsh)${W}(?:\w{1,12}${W})?(?:score|mark|grade|rating|result|outcome)s?\b`,
  String.raw`\bplease[\s\u00a0,!.]{1,4}please\b[^.!?\n]{0,80}?\b(?:need${W}this|beg|desperate|can['’]?t${W}take)\b|\bi${W}(?:really${W}|desperately${W}|truly${W})need${W}this(?=[\s\u00a0]{0,3}(?:[,.!;]|$|(?:job|role|offer|one|to${W}go${W}well)\b))`,
  // "it would mean the world if this was seen as good enough", "don't be the reason I fail".
  String.raw`\b(?:mean${W}(?:the${W}world|a${W}lot|so${W}much|everything)|grateful|appreciate\w{0,3})\b[^.!?\n]{0,60}?\bif${W}(?:this|it|my${W}answer)${W}(?:was|were|is|could${W}be|gets?|got)${W}(?:seen|viewed|judged|considered|rated|regarded|marked|taken|counted|scored)\b|\bdon['’]?t${W}be${W}the${W}(?:reason|one)${W}(?:that${W})?i${W}(?:fail|lose|don['’]?t${W}get)\b`,
  // "please hurry and be generous", "you wouldn't want to be the one who rejects a great engineer".
  String.raw`\bplease\b[^.!?\n]{0,30}?\bbe${W}(?:generous|lenient|merciful)\b|\b(?:wouldn['’]?t|don['’]?t)${W}want${W}to${W}be${W}the${W}one${W}(?:who|that)\b[^.!?\n]{0,60}?\b(?:reject\w{0,3}|fail\w{0,3}|miss\w{0,3}|pass(?:es|ed)?${W}on|turn(?:s|ed)?${W}down)\b`,
  // "only top-rated answers get through" said to press for one.
  String.raw`\b(?:only|just)${W}(?:top|high|strong|passing|good|perfect)[- ]?(?:rated|scoring|scored|marked)?${W}(?:answers|responses|candidates|scores|ratings|marks)${W}(?:get|make${W}it|go)${W}through\b`,
  String.raw`\b(?:any|some|a${W}(?:little|bit${W}of))${W}(?:leniency|mercy|generosity|slack)\b|\b(?:asking|ask|hoping|hope)${W}for${W}(?:a${W}(?:little|bit${W}of)${W}|some${W}|a${W}touch${W}of${W})?(?:generosity|leniency|mercy|kindness|understanding|sympathy)\b|\bbreak${W}my${W}heart${W}to${W}(?:fail|lose|miss)\b`,
  String.raw`\b(?:i['’]?d|i${W}would)${W}be${W}(?:so${W}|very${W}|really${W}|truly${W}|eternally${W})?grateful${W}for${W}(?:a${W})?(?:good|high|strong|positive|top|fair|generous)${W}(?:result|score|mark|grade|rating|outcome)\b|\bi${W}(?:really${W}|desperately${W}|just${W})?need${W}(?:a|an|the)${W}(?:strong|high|good|top|great|passing|positive|perfect)${W}(?:score|mark|grade|rating|result|review)\b|\bevery${W}(?:point|mark)${W}(?:really${W})?(?:matters|counts)\b`,
]);
