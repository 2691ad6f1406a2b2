// Package benchdata makes the synthetic news that feedsieve's benchmarks
// and load harness work on: articles of realistic size in several scripts,
// RSS and Atom feeds of them, and topic keyword lists that overlap the way
// real topics do. Everything is deterministic for a given seed, so that
// runs compare like with like.
package benchdata

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Filler is the vocabulary of the articles' ordinary words, in English,
// Russian, Armenian, German and Danish; no topic keyword matches them.
var Filler = strings.Fields(`talks status Tuesday officials said government minister statement
	according reported during while after before against between people country region city
	border convoy corridor negotiations observers meeting president spokesman agency week
	продолжают прибывать через переговоры заявил министр правительство неделе сообщили
	շարունակում տարածաշրջանի գլխավոր խնդիրը կառավարությունը հայտարարել նախարար
	Lage bleibt angespannt berichten Beobachter Verhandlungen Regierung sagte Woche
	regeringen siger grænsen forhandlinger ministeren ugen oplyser
	the a of in and to on for with at by from was were has have`)

// Subjects are groups of topic keywords about one matter each, in several
// scripts: names, prefixes (*), phrases and spaceless words. Benchmark
// topics are made mostly of one subject, and articles are mostly about
// one, so that an item falls into a topic or two, as real news does.
var Subjects = [][]string{
	strings.Split(`Nagorno-Karabakh*|Karabakh*|Artsakh|Stepanakert|Lachin|Berg-Karabach|Нагорн* Карабах*|Карабах*|Լեռնային Ղարաբաղ*|Qarabağ*|纳戈尔诺-卡拉巴赫|卡拉巴赫`, "|"),
	strings.Split(`Armenia*|Azerbaijan*|Aserbajdsjan*|Armenien*|Pashinyan|Aliyev|Yerevan|Baku|Ереван|Баку|亚美尼亚|阿塞拜疆`, "|"),
	strings.Split(`Ukraine*|Kyiv|Kiev|Zelensky*|Украин*|Киев*|乌克兰|基辅|Donbas*|Crimea|Krim|Крым*|Kharkiv|Odesa|Odessa`, "|"),
	strings.Split(`Gaza|Israel*|Hamas|Netanyahu|West Bank|Vestbredden|Westjordanland|Газа|以色列|加沙|Hezbollah|Lebanon|Libanon`, "|"),
	strings.Split(`climate change|klimaforandring*|Klimawandel|COP2*|global warming|carbon emission*|CO2|气候变化|климат*`, "|"),
	strings.Split(`European Union|EU-Kommission*|Brussels|Bruxelles|Brüssel|European Parliament|Europa-Parlament*|欧盟`, "|"),
	strings.Split(`NATO|Stoltenberg|Rutte|Pentagon|Bundeswehr|Forsvaret|военн*|军队|ceasefire|våbenhvile|Waffenruhe|перемири*|停火`, "|"),
	strings.Split(`election*|valg|Wahl*|выбор*|选举|parliament*|Folketinget|Bundestag|Госдум*|国会|referendum`, "|"),
	strings.Split(`earthquake*|jordskælv*|Erdbeben|землетрясени*|地震|flood*|oversvømmelse*|Hochwasser|наводнени*|洪水`, "|"),
	strings.Split(`inflation|Inflation|инфляц*|通货膨胀|interest rate*|Nationalbanken|EZB|ECB|Federal Reserve|央行`, "|"),
	strings.Split(`artificial intelligence|kunstig intelligens|künstliche Intelligenz|искусственн* интеллект*|人工智能|ChatGPT|OpenAI`, "|"),
	strings.Split(`refugee*|flygtning*|Flüchtling*|беженц*|难民|asylum|asyl|Migration*|мигрант*|移民`, "|"),
}

// TopicKeywords returns the keywords of the i-th of a set of benchmark
// topics, k of them: all of subject i (modulo the number of subjects),
// then terms of the subjects after it, as real topics share terms. Every
// tenth keyword is an exclusion (none), the rest any.
func TopicKeywords(i, k int) (anyOf, noneOf []string) {
	var all []string
	for s := i; len(all) < k; s++ {
		all = append(all, Subjects[s%len(Subjects)]...)
	}
	for j, kw := range all[:k] {
		if j%10 == 9 {
			noneOf = append(noneOf, kw)
		} else {
			anyOf = append(anyOf, kw)
		}
	}
	return anyOf, noneOf
}

// Article is an item's text: a title, a one-line summary and HTML content
// of at least size bytes, in paragraphs of varied words, so that it
// compresses and matches as real news does. The same rng state gives the
// same article.
type Article struct {
	Title   string
	Summary string
	HTML    string
}

// NewArticle writes an article from rng. Two articles in three are about
// one subject, whose terms make about one word in twenty; the rest match
// no topic.
func NewArticle(rng *rand.Rand, size int) Article {
	var subject []string
	if s := rng.IntN(len(Subjects) * 3 / 2); s < len(Subjects) {
		subject = Subjects[s]
	}
	w := writer{rng: rng, subject: subject}
	var a Article
	a.Title = w.sentence(6 + rng.IntN(6))
	a.Summary = w.sentence(15 + rng.IntN(10))
	var content strings.Builder
	for content.Len() < size {
		content.WriteString("<p>")
		content.WriteString(w.sentence(12 + rng.IntN(20)))
		fmt.Fprintf(&content, " %d.</p>\n", rng.IntN(100000))
	}
	a.HTML = content.String()
	return a
}

// writer makes sentences of filler and subject words.
type writer struct {
	rng     *rand.Rand
	subject []string
}

func (w writer) sentence(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		if w.subject != nil && w.rng.IntN(20) == 0 {
			b.WriteString(strings.TrimSuffix(w.subject[w.rng.IntN(len(w.subject))], "*"))
			continue
		}
		b.WriteString(Filler[w.rng.IntN(len(Filler))])
	}
	return b.String()
}
