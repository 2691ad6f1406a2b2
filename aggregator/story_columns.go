package aggregator

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Columns and digests: titles that carry other news than their own. A
// paper's column of briefs reprints one report of the day before in a
// few lines, under the column's name, which is furniture, not news; a
// column or a newsletter that lists several news is a digest, one story
// with none of them (story_text.go reads both).

// briefColumns are the names of the columns in which papers reprint
// yesterday's news in a few lines, in the languages of Europe and
// others, in lower case: a title that starts with one, followed by a colon or a
// dash or alone, is such a reprint.
var briefColumns = []string{
	"news in brief", "in brief", "briefly", "regional round-up", "regional roundup", "round-up",
	"kurz notiert", "kurz gemeldet", "in kürze", "kurz", "aus der region",
	"en bref", "brèves", "breves de la región", "breves", "en breve", "in breve", "in pillole",
	"kort nieuws", "in het kort", "krótko", "w skrócie", "stručně", "krátce", "коротко", "кратко",
	"kort nytt", "kort om", "kort nyt", "kort sagt", "i korthed", "kısa kısa", "lyhyesti", "pe scurt", "röviden",
	"ukratko", "укратко", "накратко", "стисло", "stručne", "v skratke", "na kratko", "trumpai", "īsumā", "lühidalt",
	"i korthet", "í stuttu máli", "brevi", "curtas", "em resumo", "kısaca", "kısa haberler", "εν συντομία",
	"en breu", "notícies breus", "breus", "laburrean", "labur", "albiste laburrak", "kort fortalt", "stutt",
	"stuttar fréttir", "go hachomair", "nuacht i mbeagán focal",
	// and elsewhere
	"संक्षेप में", "संक्षिप्त समाचार", "खबरें संक्षेप में", "थोडक्यात", "مختصر خبریں", "مختصراً", "সংক্ষেপে",
	"সংক্ষিপ্ত খবর", "সংক্ষিপ্ত সংবাদ", "சுருக்கமாக", "செய்திச் சுருக்கம்", "క్లుప్తంగా",
	"sekilas", "sekilas info", "kabar singkat", "berita singkat", "berita ringkas", "ringkasan berita",
	"habari kwa ufupi", "kwa ufupi", "باختصار", "موجز", "أخبار موجزة", "اخبار کوتاه", "به اختصار", "בקצרה",
	"חדשות בקצרה", "短信", "단신", "간추린 뉴스", "ข่าวสั้น", "მოკლედ",
	"հակիրճ", "կարճ լուրեր", "qısa xəbərlər", "qısa xəbər", "qısaca",
}

// chineseColumns are the sections whose name, before 简讯 ("briefs";
// 簡訊 in Traditional characters), names a Chinese paper's column of
// briefs ("港聞簡訊", "京城简讯"), folded: in Taiwan 簡訊 is also a text
// message, and "詐騙簡訊：" (scam texts) is news.
var chineseColumns = map[string]bool{
	"": true, "新闻": true, "要闻": true, "港闻": true, "澳闻": true, "国际": true, "国内": true, "两岸": true,
	"财经": true, "体育": true, "社区": true, "本地": true, "地方": true, "城市": true, "京城": true,
	"时政": true, "社会": true, "民生": true, "综合": true, "娱乐": true, "科技": true,
}

// chineseColumn reports whether name is a Chinese column of briefs'.
func chineseColumn(name string) bool {
	if !strings.HasSuffix(name, "简讯") && !strings.HasSuffix(name, "簡訊") || len(name) > 4*len("简讯") {
		return false
	}
	section, _ := strings.CutSuffix(Fold(name), "简讯")
	return chineseColumns[section]
}

// columnsByLen are briefColumns by their length in bytes: a title's head
// is compared only with the names as long as it.
var columnsByLen = func() map[int][]string {
	by := map[int][]string{}
	for _, c := range briefColumns {
		by[len(c)] = append(by[len(c)], c)
	}
	return by
}()

// briefColumn reports whether title starts with the name of a column of
// briefs, followed by a colon or a dash, or is one, and returns the title
// after the name and its mark: its head, before the first such mark, is
// looked up once (a title is filed at every poll that brings it).
func briefColumn(title string) (rest string, ok bool) {
	head, sep := title, ""
	for _, mark := range []string{":", "：", "–", "—", " - "} {
		if i := strings.Index(head, mark); i >= 0 {
			head, sep = head[:i], mark
		}
	}
	name := strings.TrimSpace(head)
	rest = strings.TrimSpace(title[min(len(head)+len(sep), len(title)):])
	for _, c := range columnsByLen[len(name)] {
		if strings.EqualFold(name, c) {
			return rest, true
		}
	}
	if sep != "" && sectionDigest(name) {
		return rest, true
	}
	if sep != "" && chineseColumn(name) {
		return rest, true
	}
	return title, false
}

// digestHeads are the words that name a newsletter in the head of its
// title ("Morning briefing: …", "The Briefing: what you need to know on
// Tuesday", "Morgenlage, Montag, 3. August"), folded: a digest of
// several of the day's news, one story with none of them.
var digestHeads = foldAll([]string{
	"briefing", "newsletter", "digest", "morning report", "evening report", "the day ahead",
	"morgenlage", "morgenbriefing", "abendlage", "le brief", "la matinale", "l'essentiel du jour",
	"il punto del mattino", "buongiorno", "resumen de la mañana",
	"ochtendbriefing", "poranny przegląd", "утренний брифинг", "ранковий брифінг",
})

// newsletterWords are the words before "digest" that make it a
// newsletter's name ("Morning digest", "The Digest"), folded; before
// other words it is a section's column of briefs ("Asia digest",
// "Business digest"), one report in a few lines under each title.
var newsletterWords = map[string]bool{
	"the": true, "your": true, "our": true, "morning": true, "evening": true, "daily": true, "weekly": true,
	"weekend": true, "midday": true, "lunchtime": true, "night": true, "nightly": true, "breakfast": true,
	"today's": true, "todays": true, "sunday": true, "saturday": true, "monthly": true,
}

// magazineHeads begin heads that name a magazine, not a newsletter nor
// a column: "Reader's Digest: …" is news of it.
var magazineHeads = []string{"reader's ", "readers "}

// magazineHead reports whether a folded head begins with a magazine's
// name (magazineHeads).
func magazineHead(folded string) bool {
	return slices.ContainsFunc(magazineHeads, func(m string) bool { return strings.HasPrefix(folded, m) })
}

// sectionDigest reports whether a title's head names a section's column
// of briefs with the word "digest": "Asia digest", "World news digest",
// but not "Morning digest" nor "Digest".
func sectionDigest(head string) bool {
	folded := Fold(head)
	words := strings.Fields(folded)
	if len(words) < 2 || len(words) > 4 || words[len(words)-1] != "digest" ||
		magazineHead(folded) {
		return false
	}
	return !slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return newsletterWords[w] })
}

// foldAll folds each of words.
func foldAll(words []string) []string {
	for i, w := range words {
		words[i] = Fold(w)
	}
	return words
}

// digestTitle reports whether title is a newsletter's: its head, before
// the first colon, comma or dash, is a name of at most four words that
// ends with one of digestHeads ("Morning Briefing", "The Briefing").
func digestTitle(title string) bool {
	i := headEnd(title, 64)
	if i < 0 {
		return false // "Minister skips press briefing" is a report; a long head is no name
	}
	head := strings.TrimSpace(title[:i])
	if head == "" || strings.Count(head, " ") > 3 || sectionDigest(head) {
		return false // more than four words: a sentence, not a name; or a section's column
	}
	head = Fold(head) // every title is read: one string, once
	if magazineHead(head) {
		return false
	}
	for _, d := range digestHeads {
		if strings.HasSuffix(head, d) && (len(head) == len(d) || head[len(head)-len(d)-1] == ' ') {
			return true
		}
	}
	return false
}

// listsSeveral reports whether a column's title, its name cut, lists
// several news: three clauses or more, apart by commas, semicolons or,
// in Chinese, by the spaces its titles set between clauses ("Укратко:
// НБС не мења стопу, угашен пожар у Нишу, Сарајево у смогу", "京城简讯：
// 朝阳冷库火灾扑灭 地铁周末延时运营 明起降温"). Such a column is a digest,
// one story with none of them; one telling a single news in a clause or
// two ("Krótko: Wichura we Lwowie, 40 tysięcy odbiorców bez prądu") is
// its reprint.
func listsSeveral(title string) bool {
	clauses := 1
	prev := ' '                          // the last character, spaces aside
	afterDigit, afterHan := false, false // a comma after a digit, a space after Chinese, waiting for what follows
	for _, r := range title {
		if r == ' ' || r == '\u3000' {
			afterHan = afterHan || prev >= utf8.RuneSelf && !clauseMark(prev) && !unicode.IsDigit(prev)
			continue
		}
		if afterDigit && !unicode.IsDigit(r) || afterHan && unifiedIdeograph(r) {
			clauses++ // not a number's comma ("4,5", "１，２００"); a space between Chinese clauses
		}
		afterDigit, afterHan = false, false
		if clauseMark(r) {
			if unicode.IsDigit(prev) {
				afterDigit = true
			} else {
				clauses++
			}
		}
		prev = r
	}
	return clauses >= 3
}

// clauseMark reports whether r parts the clauses of a title.
func clauseMark(r rune) bool {
	return r == ',' || r == ';' || r == '，' || r == '、' || r == '；'
}

// headEnd is where the head of a title ends, at its first colon, comma,
// en or em dash, if one is within its first limit bytes; -1 otherwise.
// It looks at bytes: strings.IndexAny decodes every rune of the title
// when its set holds a dash.
func headEnd(title string, limit int) int {
	for i := 0; i < len(title) && i <= limit; i++ {
		switch title[i] {
		case ':', ',':
			return i
		case 0xE2: // the first byte of "–" (E2 80 93) and "—" (E2 80 94)
			if strings.HasPrefix(title[i:], "–") || strings.HasPrefix(title[i:], "—") {
				return i
			}
		}
	}
	return -1
}
