package relations

import "testing"

// TestOfficeStateInMultiStateArticles: an office named without its state
// gets one only from evidence; in an article about two states in conflict
// the previous sentence's subject or the article's main state is no
// evidence.
func TestOfficeStateInMultiStateArticles(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "an explicit state elsewhere in the article wins over the previous sentence's",
			text: "Russland griff die Ukraine an. Präsident Taras Hrin sagte, man werde sich wehren. Der ukrainische Präsident Taras Hrin bat um Hilfe.",
			ents: []ent{S("Russland"), S("Ukraine"), P("Taras Hrin")},
			want: []string{"holds_office Taras Hrin -> Ukraine"},
			not:  []string{"holds_office Taras Hrin -> Russland"},
		},
		{
			name: "no guess from the invader named in the sentence before",
			text: "Russland griff die Ukraine an. Russland schickte Panzer. Präsident Taras Hrin rief zum Widerstand auf.",
			ents: []ent{S("Russland"), S("Ukraine"), P("Taras Hrin")},
			not:  []string{"holds_office Taras Hrin -> Russland", "holds_office Taras Hrin -> Ukraine"},
		},
		{
			name: "by elimination: the other side's president is named explicitly",
			text: "Russland griff die Ukraine an. Der ukrainische Präsident Taras Hrin rief zum Widerstand auf. Russland meldete Erfolge. Präsident Oleg Sorin lobte die Armee.",
			ents: []ent{S("Russland"), S("Ukraine"), P("Taras Hrin"), P("Oleg Sorin")},
			want: []string{"holds_office Oleg Sorin -> Russland", "holds_office Taras Hrin -> Ukraine"},
			not:  []string{"holds_office Oleg Sorin -> Ukraine", "holds_office Taras Hrin -> Russland"},
		},
		{
			name: "the seat of power after the role names the state",
			text: "Russland griff die Ukraine an. Der Machthaber in Minsk, Igor Lenz, unterstützt den Krieg.",
			ents: []ent{S("Russland"), S("Ukraine"), S("Belarus", "Minsk"), P("Igor Lenz")},
			want: []string{"holds_office Igor Lenz -> Belarus role=Machthaber"},
			not:  []string{"holds_office Igor Lenz -> Russland", "holds_office Igor Lenz -> Ukraine"},
		},
		{
			name: "an ambassador in a capital serves another state",
			text: "Im Sudan putschte das Militär. Der Botschafter in Moskau, Omar Said, verurteilte den Putsch.",
			ents: []ent{S("Sudan"), S("Russland", "Moskau"), P("Omar Said")},
			not:  []string{"holds_office Omar Said -> Russland"},
		},
		{
			name: "the ruler in the Kremlin",
			text: "Die Ukraine wehrt sich. Der Herrscher im Kreml, Oleg Sorin, drohte mit Vergeltung.",
			ents: []ent{S("Ukraine"), S("Russland", "Kreml"), P("Oleg Sorin")},
			want: []string{"holds_office Oleg Sorin -> Russland"},
			not:  []string{"holds_office Oleg Sorin -> Ukraine"},
		},
		{
			name: "a speaker reports what his own state will do",
			text: "Russland kritisierte die Ukraine. Russland werde keine Verträge mehr schließen, sagte der Sprecher von Präsident Oleg Sorin.",
			ents: []ent{S("Russland"), S("Ukraine"), P("Oleg Sorin")},
			want: []string{"holds_office Oleg Sorin -> Russland"},
			not:  []string{"holds_office Oleg Sorin -> Ukraine"},
		},
		{
			name: "a state the person talks about is not theirs",
			text: "Russland kritisierte die Ukraine. Die Ukraine werde bald aufgeben, sagte Präsident Oleg Sorin.",
			ents: []ent{S("Russland"), S("Ukraine"), P("Oleg Sorin")},
			not:  []string{"holds_office Oleg Sorin -> Ukraine"},
		},
		{
			name: "a state acting against the person is not theirs",
			text: "Nordkorea warnte Südkorea. Nordkorea warnte die Präsidentin Mi-ra Song vor einem Angriff.",
			ents: []ent{S("Nordkorea"), S("Südkorea"), P("Mi-ra Song")},
			not:  []string{"holds_office Mi-ra Song -> Nordkorea"},
		},
		{
			name: "a rebuttal answers for the state accused just before",
			text: "In Belarus gehen die Proteste weiter. Litauen nahm Flüchtlinge auf. Machthaber Igor Lenz warf Litauen Einmischung vor. Präsident Jonas Vilk wies das zurück.",
			ents: []ent{S("Belarus"), S("Litauen"), P("Igor Lenz"), P("Jonas Vilk")},
			want: []string{"holds_office Jonas Vilk -> Litauen"},
			not:  []string{"holds_office Jonas Vilk -> Belarus", "holds_office Igor Lenz -> Litauen"},
		},
		{
			name: "a rebuttal with no accusation before it decides nothing",
			text: "Krise in Polen. Die Türkei bot sich als Vermittlerin an. Außenminister Ali Demir bestritt das.",
			ents: []ent{S("Polen"), S("Türkei"), P("Ali Demir")},
			not:  []string{"holds_office Ali Demir -> Polen"},
		},
		{
			name: "guesses that disagree for one person are dropped",
			text: "Kroatien und Serbien streiten. Präsident Ivo Marin lobte die kroatische Wirtschaft. Später lobte Präsident Ivo Marin die serbische Wirtschaft.",
			ents: []ent{S("Kroatien"), S("Serbien"), P("Ivo Marin")},
			not:  []string{"holds_office Ivo Marin -> Kroatien", "holds_office Ivo Marin -> Serbien"},
		},
		{
			name: "guesses that agree for one person are kept",
			text: "Kroatien und Serbien streiten. Präsident Ivo Marin lobte die kroatische Wirtschaft. Später lobte Präsident Ivo Marin die kroatische Armee.",
			ents: []ent{S("Kroatien"), S("Serbien"), P("Ivo Marin")},
			want: []string{"holds_office Ivo Marin -> Kroatien"},
			not:  []string{"holds_office Ivo Marin -> Serbien"},
		},
		{
			name: "the junta's chief serves the article's state, not the previous sentence's",
			text: "In Myanmar hat das Militär geputscht. In Myanmar gibt es Proteste. Die USA verurteilten den Putsch. Juntachef Tun Aung verhängte das Kriegsrecht.",
			ents: []ent{S("Myanmar"), S("USA"), P("Tun Aung")},
			want: []string{"holds_office Tun Aung -> Myanmar role=Juntachef"},
			not:  []string{"holds_office Tun Aung -> USA"},
		},
		{
			name: "a minister after a foreign state's sentence is that state's",
			text: "In Myanmar hat das Militär geputscht. In Myanmar gibt es Proteste. Die USA verurteilten den Putsch. Außenminister Tom Grey drohte mit Sanktionen.",
			ents: []ent{S("Myanmar"), S("USA"), P("Tom Grey")},
			want: []string{"holds_office Tom Grey -> USA"},
			not:  []string{"holds_office Tom Grey -> Myanmar"},
		},
		{
			name: "no guess from the invader of the article's state named in the sentence before",
			text: "Die Ukraine wehrt sich. In der Ukraine herrscht Krieg. Russland griff die Ukraine an. Präsident Taras Hrin rief zum Widerstand auf.",
			ents: []ent{S("Ukraine"), S("Russland"), P("Taras Hrin")},
			not:  []string{"holds_office Taras Hrin -> Russland"},
		},
		{
			name: "troops sent on request are an ally's: the previous subject still counts",
			text: "In Kasachstan gibt es Unruhen. Kasachstan bat Russland um Hilfe. Russland schickte Soldaten nach Kasachstan. Außenminister Juri Orlow lobte den Einsatz.",
			ents: []ent{S("Kasachstan"), S("Russland"), P("Juri Orlow")},
			want: []string{"holds_office Juri Orlow -> Russland"},
			not:  []string{"holds_office Juri Orlow -> Kasachstan"},
		},
		{
			name: "no guess from the other side's minister named just before",
			text: "Die Ukraine wehrt sich. Die Ukraine meldet Erfolge. Russland griff die Ukraine an. Der russische Außenminister Igor Wolk sprach von Befreiung. Präsident Taras Hrin rief zum Widerstand auf.",
			ents: []ent{S("Ukraine"), S("Russland"), P("Igor Wolk"), P("Taras Hrin")},
			want: []string{"holds_office Igor Wolk -> Russland"},
			not:  []string{"holds_office Taras Hrin -> Russland"},
		},
		{
			name: "a minister named after a head of state is in that government",
			text: "Russland griff die Ukraine an. Der ukrainische Präsident Taras Hrin rief zum Widerstand auf. Außenminister Petro Kulyk forderte Sanktionen.",
			ents: []ent{S("Ukraine"), S("Russland"), P("Petro Kulyk"), P("Taras Hrin")},
			want: []string{"holds_office Petro Kulyk -> Ukraine"},
			not:  []string{"holds_office Petro Kulyk -> Russland"},
		},
		{
			name: "a ruler named right after his state's accuser answers for his state",
			text: "In Belarus wurden Oppositionelle festgenommen. In Belarus gibt es Proteste. Polen warf Belarus Willkür vor. Machthaber Igor Lenz sprach von einer Verschwörung.",
			ents: []ent{S("Belarus"), S("Polen"), P("Igor Lenz")},
			want: []string{"holds_office Igor Lenz -> Belarus"},
			not:  []string{"holds_office Igor Lenz -> Polen"},
		},
		{
			name: "a general serves the state of the coup, not a neighbour named before",
			text: "Im Sudan hat das Militär geputscht. Der Sudan ist instabil. Ägypten rief zur Ruhe auf. General Omar Badr löste die Regierung auf.",
			ents: []ent{S("Sudan"), S("Ägypten"), P("Omar Badr")},
			want: []string{"holds_office Omar Badr -> Sudan"},
			not:  []string{"holds_office Omar Badr -> Ägypten"},
		},
		{
			name: "an article about one state still gives a bare office its state",
			text: "In Kasachstan gibt es Proteste. Kasachstan bat Russland um Hilfe. Präsident Aslan Bek verhängte den Notstand.",
			ents: []ent{S("Kasachstan"), S("Russland"), P("Aslan Bek")},
			want: []string{"holds_office Aslan Bek -> Kasachstan"},
			not:  []string{"holds_office Aslan Bek -> Russland"},
		},
	})
}
