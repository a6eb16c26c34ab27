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
	{
		name: "sudan-coup",
		art: newsgraph.Article{Date: "2021-10-26", Text: `Putsch im Sudan: Regierungschef festgenommen

Im Sudan hat das Militär die Übergangsregierung abgesetzt. General Abdel Fattah al-Burhan, der Vorsitzende des Souveränitätsrats, rief am Montag den Notstand aus und ließ Ministerpräsident Abdalla Hamdok festnehmen. Soldaten besetzten den staatlichen Rundfunk in Khartum. Das Informationsministerium erklärte auf Facebook, Hamdok sei an einen unbekannten Ort gebracht worden.

Tausende Menschen protestierten in Khartum und Omdurman gegen die Machtübernahme. Der Sprecher des Gewerkschaftsbündnisses Sudanese Professionals Association (SPA) rief zum Generalstreik auf. Die Afrikanische Union setzte die Mitgliedschaft des Landes aus, die Weltbank stoppte ihre Zahlungen. US-Außenminister Antony Blinken forderte die sofortige Freilassung Hamdoks. Auch Ägypten und Saudi-Arabien riefen zur Ruhe auf.`},
		gold: []eval.GoldEntity{
			{Name: "Sudan", Type: "State"},
			{Name: "Abdel Fattah al-Burhan", Type: "Person"},
			{Name: "Souveränitätsrat", Type: "Organization"},
			{Name: "Notstand", Type: "Event"},
			{Name: "Abdalla Hamdok", Type: "Person", Aliases: []string{"Hamdok"}},
			{Name: "Khartum", Type: "Place"},
			{Name: "Informationsministerium", Type: "Organization"},
			{Name: "Omdurman", Type: "Place"},
			{Name: "SPA", Type: "Organization", Aliases: []string{"Sudanese Professionals Association"}},
			{Name: "Generalstreik", Type: "Event"},
			{Name: "Afrikanische Union", Type: "Organization"},
			{Name: "Weltbank", Type: "Organization"},
			{Name: "USA", Type: "State", Aliases: []string{"US"}},
			{Name: "Antony Blinken", Type: "Person"},
			{Name: "Ägypten", Type: "State"},
			{Name: "Saudi-Arabien", Type: "State"},
		},
	},
	{
		name: "ukraine-invasion",
		art: newsgraph.Article{Date: "2022-02-24", Text: `Russland greift die Ukraine an

Russische Truppen sind in der Nacht zum Donnerstag von Norden, Osten und Süden in die Ukraine eingedrungen. Kremlchef Wladimir Putin sprach in einer Fernsehansprache von einer „militärischen Spezialoperation“ zum Schutz der Separatistengebiete Donezk und Luhansk. In Kiew und Charkiw heulten die Sirenen. Präsident Wolodymyr Selenskyj verhängte das Kriegsrecht und brach die diplomatischen Beziehungen zu Moskau ab.

Nato-Generalsekretär Jens Stoltenberg sprach von einem brutalen Angriffskrieg. Bundeskanzler Olaf Scholz kündigte in Berlin harte Sanktionen an, die EU-Kommission legte ein Paket vor. Auch aus Belarus rückten russische Einheiten vor; Machthaber Lukaschenko stellte sein Territorium zur Verfügung. Der UN-Sicherheitsrat trat zu einer Dringlichkeitssitzung zusammen, in der Russland sein Veto einlegte.`},
		gold: []eval.GoldEntity{
			{Name: "Russland", Type: "State", Aliases: []string{"Moskau", "Kreml"}},
			{Name: "Ukraine", Type: "State"},
			{Name: "Kiew", Type: "Place"},
			{Name: "Wladimir Putin", Type: "Person"},
			{Name: "Spezialoperation", Type: "Event"},
			{Name: "Donezk", Type: "Place"},
			{Name: "Luhansk", Type: "Place"},
			{Name: "Charkiw", Type: "Place"},
			{Name: "Wolodymyr Selenskyj", Type: "Person"},
			{Name: "Kriegsrecht", Type: "Event"},
			{Name: "NATO", Type: "Organization", Aliases: []string{"Nato"}},
			{Name: "Jens Stoltenberg", Type: "Person"},
			{Name: "Olaf Scholz", Type: "Person"},
			{Name: "Berlin", Type: "Place"},
			{Name: "EU-Kommission", Type: "Organization"},
			{Name: "Belarus", Type: "State"},
			{Name: "Alexander Lukaschenko", Type: "Person", Aliases: []string{"Lukaschenko"}},
			{Name: "UN-Sicherheitsrat", Type: "Organization"},
		},
	},
}

// minUnseenF1 is the floor for entity F1 on the unseen articles.
const minUnseenF1 = 0.9

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
