package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/eval"
)

// Articles written for this test (not taken from any outlet) about
// conflicts the lexicons were not built around, with hand-made gold in the
// format of ../shared/gold. They check that the extractor generalises:
// unseen people, bodies and places must be found from general cues.
var unseen = []struct {
	name string
	art  newsgraph.Article
	gold []eval.GoldEntity
}{
	{
		name: "belarus-arrests",
		art: newsgraph.Article{Date: "2021-05-24", Text: `Belarus lässt Flugzeug zur Landung zwingen

Die belarussischen Behörden haben am Sonntag ein Passagierflugzeug der Fluggesellschaft Ryanair zur Landung in Minsk gezwungen und den Blogger Roman Protassewitsch festgenommen. Machthaber Alexander Lukaschenko hatte nach Angaben seines Pressedienstes persönlich einen Kampfjet losgeschickt. Auch Protassewitschs Freundin Sofia Sapega wurde in Gewahrsam genommen.

Die Oppositionsführerin Swetlana Tichanowskaja forderte aus dem Exil in Litauen die sofortige Freilassung der beiden. Der litauische Präsident Gitanas Nausėda sprach von einem staatlich organisierten Terrorakt. Die Europäische Union beschloss neue Sanktionen gegen Minsk, die Nato verlangte eine Untersuchung durch die Internationale Zivilluftfahrtorganisation (ICAO). Die Menschenrechtsorganisation Wjasna zählt inzwischen mehr als 400 politische Gefangene in dem Land. Lukaschenko wies alle Vorwürfe zurück; der belarussische Geheimdienst KGB erklärte, an Bord habe sich eine Bombe befunden.`},
		gold: []eval.GoldEntity{
			{Name: "Belarus", Type: "State"},
			{Name: "Ryanair", Type: "Organization"},
			{Name: "Minsk", Type: "Place"},
			{Name: "Roman Protassewitsch", Type: "Person", Aliases: []string{"Protassewitsch"}},
			{Name: "Alexander Lukaschenko", Type: "Person", Aliases: []string{"Lukaschenko"}},
			{Name: "Sofia Sapega", Type: "Person"},
			{Name: "Swetlana Tichanowskaja", Type: "Person"},
			{Name: "Litauen", Type: "State"},
			{Name: "Gitanas Nausėda", Type: "Person"},
			{Name: "EU", Type: "Organization", Aliases: []string{"Europäische Union"}},
			{Name: "NATO", Type: "Organization", Aliases: []string{"Nato"}},
			{Name: "ICAO", Type: "Organization", Aliases: []string{"Internationale Zivilluftfahrtorganisation"}},
			{Name: "Wjasna", Type: "Organization"},
			{Name: "KGB", Type: "Organization", Aliases: []string{"Geheimdienst"}},
		},
	},
	{
		name: "myanmar-coup",
		art: newsgraph.Article{Date: "2021-02-01", Text: `Militär übernimmt die Macht in Myanmar

Das Militär in Myanmar hat am Montag geputscht und die faktische Regierungschefin Aung San Suu Kyi festgesetzt. Auch Präsident Win Myint wurde in der Hauptstadt Naypyidaw in Gewahrsam genommen. Armeechef Min Aung Hlaing übernahm die Kontrolle und verhängte für ein Jahr den Ausnahmezustand. In Rangun bildeten sich lange Schlangen vor den Banken.

Die Partei Nationale Liga für Demokratie (NLD) hatte die Wahl im November klar gewonnen. UN-Generalsekretär António Guterres verurteilte den Schritt scharf. US-Präsident Joe Biden drohte mit neuen Sanktionen, während China zur Zurückhaltung aufrief. Der Verband Südostasiatischer Nationen (ASEAN) berief ein Sondertreffen ein. Peking blockierte später eine gemeinsame Erklärung im Sicherheitsrat.`},
		gold: []eval.GoldEntity{
			{Name: "Myanmar", Type: "State"},
			{Name: "Aung San Suu Kyi", Type: "Person"},
			{Name: "Win Myint", Type: "Person"},
			{Name: "Naypyidaw", Type: "Place"},
			{Name: "Min Aung Hlaing", Type: "Person"},
			{Name: "Ausnahmezustand", Type: "Event"},
			{Name: "Rangun", Type: "Place"},
			{Name: "NLD", Type: "Organization", Aliases: []string{"Nationale Liga für Demokratie"}},
			{Name: "UN", Type: "Organization"},
			{Name: "António Guterres", Type: "Person"},
			{Name: "USA", Type: "State", Aliases: []string{"US"}},
			{Name: "Joe Biden", Type: "Person"},
			{Name: "China", Type: "State", Aliases: []string{"Peking"}},
			{Name: "ASEAN", Type: "Organization", Aliases: []string{"Verband Südostasiatischer Nationen"}},
			{Name: "UN-Sicherheitsrat", Type: "Organization", Aliases: []string{"Sicherheitsrat"}},
		},
	},
}

// minUnseenF1 is the floor for entity F1 on the unseen articles.
const minUnseenF1 = 0.75

func TestUnseenArticles(t *testing.T) {
	p := New()
	var total eval.Counts
	for _, tc := range unseen {
		t.Run(tc.name, func(t *testing.T) {
			pred := eval.FromAnalysis(p.Extract(tc.art))
			s := eval.ScoreArticle(eval.GoldArticle{Entities: tc.gold}, pred)
			for _, m := range s.MissedEntities {
				t.Logf("missed: %s %s", m.Type, m.Name)
			}
			for _, m := range s.FalseEntities {
				t.Logf("false:  %s %s %s", m.Type, m.Name, strings.Join(m.Aliases, "|"))
			}
			for _, m := range s.TypeMismatches {
				t.Logf("type:   %s is %s, predicted %s", m.Gold.Name, m.Gold.Type, m.Predicted.Type)
			}
			t.Logf("entities P=%.3f R=%.3f F1=%.3f", s.Entities.Precision(), s.Entities.Recall(), s.Entities.F1())
			total.Add(s.Entities)
		})
	}
	t.Logf("unseen total entity F1=%.3f (tp=%d fp=%d fn=%d)", total.F1(), total.TP, total.FP, total.FN)
	if total.F1() < minUnseenF1 {
		t.Errorf("unseen entity F1 = %.3f, want ≥ %.2f", total.F1(), minUnseenF1)
	}
}
