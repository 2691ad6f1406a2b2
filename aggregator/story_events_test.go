package aggregator

import (
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// TestNewEventIsAnotherStory: a later title that tells of an aftershock
// or of a new quake, among its first words, reports another event than
// the quake before it, in any of the languages told and however close in
// time; one that tells of an arrest, another than the crime an earlier
// report told without a word of arrests. A wire's update that mentions
// aftershocks, a report that fears them, two copies of one aftershock's
// report, an arrest after a report that says none was made and a copy
// that tells the arrest late in its title are not told apart so.
func TestNewEventIsAnotherStory(t *testing.T) {
	type text struct{ lang, title, summary string }
	for _, c := range []struct {
		name            string
		earlier, later  text
		wantNewEvent    bool
		laterIsNewEvent bool
	}{
		{"aftershock",
			text{"en", "Magnitude 5.3 earthquake strikes off Crete", "A magnitude 5.3 earthquake struck off the southern coast of Crete early on Monday, the European seismological centre said. No damage was reported."},
			text{"en", "Strong aftershock rattles Crete", "An aftershock struck off the southern coast of Crete on Monday afternoon, hours after the magnitude 5.3 earthquake, the European seismological centre said. No damage was reported."},
			true, true},
		{"a new quake, in the other alphabet",
			text{"sr", "Zemljotres jačine 4,2 stepena pogodio Kraljevo", "Zemljotres jačine 4,2 stepena po Rihteru registrovan je noćas kod Kraljeva, saopštio je Republički seizmološki zavod."},
			text{"sr", "Нови земљотрес код Краљева", "Краљево је поподне поново затресло, после ноћашњег земљотреса од 4,2 степена, саопштио је Републички сеизмолошки завод."},
			true, true},
		{"nuova scossa",
			text{"it", "Terremoto ai Campi Flegrei, scossa di magnitudo 4,0 avvertita a Napoli", "Una scossa di magnitudo 4,0 è stata registrata ai Campi Flegrei, avvertita a Pozzuoli e a Napoli, secondo l'Ingv."},
			text{"it", "Campi Flegrei, nuova scossa avvertita a Pozzuoli", "Una nuova scossa è stata registrata ai Campi Flegrei, dopo quella di magnitudo 4,0, avvertita a Pozzuoli, secondo l'Ingv."},
			true, true},
		{"Nachbeben",
			text{"de", "Erdbeben der Stärke 4,8 erschüttert die Schwäbische Alb", "Ein Erdbeben der Stärke 4,8 hat in der Nacht die Schwäbische Alb erschüttert, teilte der Erdbebendienst mit."},
			text{"de", "Nachbeben auf der Schwäbischen Alb", "Ein Nachbeben hat am Morgen die Schwäbische Alb erschüttert, Stunden nach dem Beben der Stärke 4,8, teilte der Erdbebendienst mit."},
			true, true},
		{"余震, anywhere in a title without spaces",
			text{"ja", "千葉県東方沖でM5.0、銚子市で震度4", "気象庁によると千葉県東方沖を震源とする地震があり銚子市で震度4を観測した。津波の心配はない。"},
			text{"ja", "千葉県東方沖で余震、銚子市で揺れ", "気象庁によると千葉県東方沖でM5.0の地震の後に余震があり銚子市で震度4を観測した。津波の心配はない。"},
			true, true},
		{"a wire's update mentions aftershocks",
			text{"en", "Magnitude 5.3 earthquake strikes off Crete", "A magnitude 5.3 earthquake struck off the southern coast of Crete early on Monday, the European seismological centre said."},
			text{"en", "UPDATE 1-Aftershocks rattle Crete after magnitude 5.3 quake", "A magnitude 5.3 earthquake struck off the southern coast of Crete early on Monday, followed by aftershocks, the European seismological centre said."},
			false, true},
		{"a report fears aftershocks, late in its title",
			text{"en", "Magnitude 5.3 earthquake strikes off Crete", "A magnitude 5.3 earthquake struck off the southern coast of Crete early on Monday, the European seismological centre said."},
			text{"en", "Strong quake hits Crete as residents fear aftershocks", "A magnitude 5.3 earthquake struck off the southern coast of Crete early on Monday, the European seismological centre said."},
			false, false},
		{"an arrest the day after",
			text{"en", "Jewellery worth £1.5m stolen in overnight raid on Edinburgh museum", "Thieves broke into the Calton Museum of Decorative Arts in Edinburgh overnight and escaped with Victorian jewellery worth an estimated £1.5 million, Police Scotland said."},
			text{"en", "Two men arrested over Edinburgh museum jewellery raid", "Police Scotland arrested two men in Glasgow in connection with the theft of Victorian jewellery worth £1.5 million from the Calton Museum of Decorative Arts in Edinburgh."},
			true, true},
		{"Festnahme",
			text{"de", "Einbruch im Grünen Gewölbe: Schmuck im Wert von Millionen gestohlen", "Unbekannte sind in der Nacht in das Grüne Gewölbe in Dresden eingebrochen und haben Schmuck im Wert von mehreren Millionen Euro gestohlen, teilte die Polizei mit."},
			text{"de", "Zwei Männer festgenommen nach Einbruch im Grünen Gewölbe", "Die Polizei hat nach dem Einbruch in das Grüne Gewölbe in Dresden zwei Männer festgenommen, ein Teil des Schmucks wurde gefunden."},
			true, true},
		{"a report that says no arrests were made",
			text{"en", "Jewellery worth £1.5m stolen in overnight raid on Edinburgh museum", "Thieves escaped with Victorian jewellery worth £1.5 million from an Edinburgh museum. No arrests have been made, Police Scotland said."},
			text{"en", "Two men arrested over Edinburgh museum jewellery raid", "Police Scotland arrested two men in connection with the theft of Victorian jewellery worth £1.5 million from an Edinburgh museum."},
			false, true},
		{"an arrest late in a copy's title",
			text{"en", "Two arrested after brawl outside Leeds nightclub", "Police arrested two men after a fight outside a nightclub in Leeds city centre left three people injured on Saturday night."},
			text{"en", "Leeds nightclub brawl leaves three hurt, two arrested", "Three people were injured in a fight outside a Leeds nightclub on Saturday night, and police arrested two men."},
			false, false},
		{"a manager sacked after the defeat",
			text{"en", "Redhill Athletic 2-1 Millbrook Town: Baines header settles derby", "Tom Baines headed an 88th-minute winner as Redhill Athletic beat Millbrook Town 2-1 at Copse Lane, leaving manager Gareth Lowe's side 19th."},
			text{"en", "Millbrook Town sack manager Gareth Lowe after derby defeat", "Millbrook Town have dismissed manager Gareth Lowe after Tom Baines's late header gave Redhill Athletic a 2-1 win at Copse Lane."},
			true, true},
		{"a report that says the manager may go",
			text{"en", "Redhill Athletic 2-1 Millbrook Town: Baines header settles derby", "Tom Baines headed a late winner at Copse Lane, and Millbrook manager Gareth Lowe, who may be sacked, faces the board."},
			text{"en", "Millbrook Town sack manager Gareth Lowe after derby defeat", "Millbrook Town have dismissed manager Gareth Lowe after a 2-1 loss at Redhill Athletic left the club 19th."},
			false, true},
		{"fires are no sacking",
			text{"en", "Wildfire spreads north of Athens, villages evacuated", "A wildfire spread through pine forest north of Athens on Tuesday, and the fire brigade ordered three villages evacuated."},
			text{"en", "Fires rage north of Athens as villages are evacuated", "Wildfires spread through pine forest north of Athens on Tuesday, and the fire brigade ordered three villages evacuated."},
			false, false},
		{"two copies of one aftershock's report",
			text{"en", "Magnitude 4.1 aftershock rattles Crete", "A magnitude 4.1 aftershock struck off the southern coast of Crete on Monday afternoon."},
			text{"en", "Aftershock of magnitude 4.1 shakes Crete", "A magnitude 4.1 aftershock struck off Crete's southern coast on Monday afternoon."},
			false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			t0 := time.Date(2026, 11, 30, 2, 40, 0, 0, time.UTC)
			a := newStoryPrint(&storage.Item{Language: c.earlier.lang, Title: c.earlier.title, Summary: c.earlier.summary, Published: t0, Sources: []string{"a"}})
			b := newStoryPrint(&storage.Item{Language: c.later.lang, Title: c.later.title, Summary: c.later.summary, Published: t0.Add(5 * time.Hour), Sources: []string{"b"}})
			if got := b.words.renews || b.words.arrests || b.words.departs; got != c.laterIsNewEvent {
				t.Errorf("the later title tells of a new event: %v, want %v", got, c.laterIsNewEvent)
			}
			s := windowStats(&a, &b)
			for _, l := range []likeness{s.measure(&a, &b), s.measure(&b, &a)} {
				if got := l.conflict == "new event"; got != c.wantNewEvent {
					t.Errorf("conflict %q, want a new event: %v", l.conflict, c.wantNewEvent)
				}
			}
			if c.wantNewEvent {
				v := compareStories(a, b, StoryOptions{})
				if v.Same || !strings.Contains(v.Reason, "new event") {
					t.Errorf("verdict %+v, want another event", v)
				}
			}
		})
	}
}

// TestMentionsArrest: an item mentions an arrest when its title or lead
// has a word of one, in any of its forms the reader reads alike.
func TestMentionsArrest(t *testing.T) {
	for _, c := range []struct {
		lang, title, summary string
		want                 bool
	}{
		{"en", "Jewellery stolen from Edinburgh museum", "Thieves escaped with jewellery worth £1.5 million. No arrests have been made, police said.", true},
		{"en", "Jewellery stolen from Edinburgh museum", "Thieves escaped with jewellery worth £1.5 million, police said.", false},
		{"de", "Einbruch im Museum", "Bislang gab es keine Festnahme, teilte die Polizei mit.", true},
		{"fr", "Cambriolage au musée", "Aucune interpellation n'a eu lieu, selon la police.", true},
	} {
		p := newStoryPrint(&storage.Item{Language: c.lang, Title: c.title, Summary: c.summary})
		if got := arrests.mentionedIn(&p); got != c.want {
			t.Errorf("%q / %q: mentions an arrest %v, want %v", c.title, c.summary, got, c.want)
		}
	}
}
