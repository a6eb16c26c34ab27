package relations

import "testing"

// Sentences written for these tests: general constructions of agency
// German (who caused a passive act, troops without a destination in their
// clause, predicate nominals, shared subjects of coordinated clauses).

func TestPassiveCauser(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "s-genitive before the order noun",
			text: "Auf Mareks Anordnung wurde der Journalist Emil Roth verhaftet.",
			ents: []ent{P("Ivo Marek", "Mareks"), P("Emil Roth")},
			want: []string{"arrested Ivo Marek -> Emil Roth"},
			not:  []string{"arrested - -> Emil Roth"},
		},
		{
			name: "von after the order noun",
			text: "Der Minister Karel Dvorak wurde auf Anordnung von Präsident Ivo Marek entlassen.",
			ents: []ent{P("Ivo Marek"), P("Karel Dvorak")},
			want: []string{"dismissed Ivo Marek -> Karel Dvorak"},
		},
		{
			name: "genitive role description after the order noun",
			text: "Auf Befehl des Generals Omar Sadik wurde die Ministerin Lea Brandt festgenommen.",
			ents: []ent{P("Omar Sadik"), P("Lea Brandt")},
			want: []string{"arrested Omar Sadik -> Lea Brandt"},
		},
		{
			name: "an order noun without auf names no causer",
			text: "Die Anordnung von Ivo Marek wurde kritisiert, Emil Roth wurde verhaftet.",
			ents: []ent{P("Ivo Marek"), P("Emil Roth")},
			not:  []string{"arrested Ivo Marek -> Emil Roth"},
		},
	})
}

func TestTroopsWithoutDestination(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "the state troops are said to be in is the destination",
			text: "Seit Montag sind Soldaten der Allianz in Nordland stationiert. Ostland flog weitere Spezialkräfte ein.",
			ents: []ent{S("Nordland"), S("Ostland")},
			want: []string{"sent_troops Ostland -> Nordland"},
		},
		{
			name: "troop noun in the Vorfeld, senders after the verb",
			text: "Seit Montag sind Soldaten der Allianz in Nordland stationiert. Kleinere Kontingente schickten Westland und Südland.",
			ents: []ent{S("Nordland"), S("Westland"), S("Südland")},
			want: []string{"sent_troops Westland -> Nordland", "sent_troops Südland -> Nordland"},
			not:  []string{"sent_troops Westland -> Südland", "sent_troops Südland -> Westland"},
		},
		{
			name: "the previous sentence's subject is no destination",
			text: "Seit Montag sind Soldaten der Allianz in Nordland stationiert. Ostland stellt die meisten Soldaten. Kleinere Einheiten schickten Westland und Südland.",
			ents: []ent{S("Nordland"), S("Ostland"), S("Westland"), S("Südland")},
			want: []string{"sent_troops Westland -> Nordland"},
			not:  []string{"sent_troops Westland -> Ostland", "sent_troops Südland -> Ostland"},
		},
	})
}

func TestStateGroupSubject(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a counted group of states named before",
			text: "Ostland schickte Soldaten. Auch Westland und Südland entsandten Truppen. Alle drei Staaten gehören dem Nordpakt an.",
			ents: []ent{S("Ostland"), S("Westland"), S("Südland"), O("Nordpakt")},
			want: []string{"member_of Ostland -> Nordpakt", "member_of Westland -> Nordpakt", "member_of Südland -> Nordpakt"},
		},
		{
			name: "a state compared with the group is one of them",
			text: "Westland und Südland entsandten Truppen. Beide Staaten gehören dem Nordpakt ebenso an wie Nordland selbst.",
			ents: []ent{S("Westland"), S("Südland"), S("Nordland"), O("Nordpakt")},
			want: []string{"member_of Westland -> Nordpakt", "member_of Südland -> Nordpakt", "member_of Nordland -> Nordpakt"},
		},
		{
			name: "fewer states than counted: no reading",
			text: "Westland entsandte Truppen. Alle vier Staaten gehören dem Nordpakt an.",
			ents: []ent{S("Westland"), O("Nordpakt")},
			not:  []string{"member_of Westland -> Nordpakt"},
		},
	})
}

func TestTalkSetting(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "thanks in a phone call",
			text: "In einem Telefonat dankte Ivo Marek dem Kanzler Jan Brodsky für die Hilfe.",
			ents: []ent{P("Ivo Marek"), P("Jan Brodsky")},
			want: []string{"thanked Ivo Marek -> Jan Brodsky", "talked_with Ivo Marek -> Jan Brodsky"},
		},
		{
			name: "a warning at a meeting",
			text: "Bei einem Treffen in Genf warnte Ostland den Nachbarn Westland vor einem Angriff.",
			ents: []ent{S("Ostland"), S("Westland")},
			want: []string{"talked_with Ostland -> Westland"},
		},
		{
			name: "thanks without a conversation are no talk",
			text: "Ivo Marek dankte dem Kanzler Jan Brodsky für die Hilfe.",
			ents: []ent{P("Ivo Marek"), P("Jan Brodsky")},
			want: []string{"thanked Ivo Marek -> Jan Brodsky"},
			not:  []string{"talked_with Ivo Marek -> Jan Brodsky"},
		},
	})
}

func TestGappedCoordination(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a second prepositional object after a comma",
			text: "Im Norden grenzt Ostland an Westland, im Süden an Südland.",
			ents: []ent{S("Ostland"), S("Westland"), S("Südland")},
			want: []string{"borders Ostland -> Westland", "borders Ostland -> Südland"},
		},
		{
			name: "a relative clause after the comma is no gapped object",
			text: "Ostland grenzt an Westland, das an Südland grenzt.",
			ents: []ent{S("Ostland"), S("Westland"), S("Südland")},
			want: []string{"borders Ostland -> Westland"},
			not:  []string{"borders Ostland -> Südland"},
		},
	})
}

func TestFiniteVerbAfterPrepositionalVorfeld(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a past-tense verb after a noun is no adjective of the subject",
			text: "In seiner Rede kritisierte Ivo Marek auch seinen Vorgänger Jan Brodsky.",
			ents: []ent{P("Ivo Marek"), P("Jan Brodsky")},
			want: []string{"criticized Ivo Marek -> Jan Brodsky"},
		},
		{
			name: "an attributive participle after an article stays an adjective",
			text: "Der entlassene Minister Jan Brodsky kritisierte Ivo Marek.",
			ents: []ent{P("Ivo Marek"), P("Jan Brodsky")},
			want: []string{"criticized Jan Brodsky -> Ivo Marek"},
		},
	})
}

func TestCompanionNouns(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "one of the closest companions of a person",
			text: "Karel Dvorak war über Jahre einer der engsten Weggefährten von Ivo Marek.",
			ents: []ent{P("Ivo Marek"), P("Karel Dvorak")},
			want: []string{"ally_of Karel Dvorak -> Ivo Marek"},
		},
		{
			name: "apposition with a genitive",
			text: "Der Minister Karel Dvorak, ein Mitstreiter Mareks, trat zurück.",
			ents: []ent{P("Ivo Marek", "Mareks"), P("Karel Dvorak")},
			want: []string{"ally_of Karel Dvorak -> Ivo Marek"},
		},
	})
}

func TestRulingAState(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a person who ruled a state held its office",
			text: "Ivo Marek hatte Nordland fast zwei Jahrzehnte lang regiert.",
			ents: []ent{P("Ivo Marek"), S("Nordland")},
			want: []string{"holds_office Ivo Marek -> Nordland"},
		},
		{
			name: "a party ruling a state holds no office",
			text: "Die Volkspartei regiert Nordland seit Jahren.",
			ents: []ent{O("Volkspartei"), S("Nordland")},
			not:  []string{"holds_office Volkspartei -> Nordland"},
		},
	})
}

func TestBodyNounRefersBack(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "das Gremium after a council, coordinated clause sharing the subject",
			text: "Ivo Marek entließ Karel Dvorak aus dem Staatsrat. Marek entmachtete ihn und leitet das Gremium nun selbst.",
			ents: []ent{P("Ivo Marek", "Marek"), P("Karel Dvorak"), O("Staatsrat")},
			want: []string{"leads Ivo Marek -> Staatsrat"},
		},
		{
			name: "a role of the body named before",
			text: "Der Staatsrat tagte am Montag. Karel Dvorak war bis dahin Vizesekretär des Gremiums.",
			ents: []ent{P("Karel Dvorak"), O("Staatsrat")},
			want: []string{"holds_office Karel Dvorak -> Staatsrat"},
		},
		{
			name: "no organisation before: no reading",
			text: "Karel Dvorak leitet das Gremium seit Jahren.",
			ents: []ent{P("Karel Dvorak"), O("Staatsrat")},
			not:  []string{"leads Karel Dvorak -> Staatsrat"},
		},
	})
}

func TestRoleAfterAls(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a dismissed object held the office named with als",
			text: "Präsident Ivo Marek setzte Karel Dvorak als Vorsitzenden des Staatsrates ab.",
			ents: []ent{P("Ivo Marek"), P("Karel Dvorak"), O("Staatsrat", "Staatsrates")},
			want: []string{"holds_office Karel Dvorak -> Staatsrat", "dismissed Ivo Marek -> Karel Dvorak"},
		},
		{
			name: "als after a verb does not describe the person named after it",
			text: "Ivo Marek lobte als Vorsitzender des Staatsrates den Minister Karel Dvorak.",
			ents: []ent{P("Ivo Marek"), P("Karel Dvorak"), O("Staatsrat", "Staatsrates")},
			not:  []string{"holds_office Karel Dvorak -> Staatsrat"},
		},
	})
}

func TestThreatsAndLists(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "threats made against states in a relative clause",
			text: "Es war die jüngste Drohung, die Ostland gegen Westland und Südland ausgestoßen hat.",
			ents: []ent{S("Ostland"), S("Westland"), S("Südland")},
			want: []string{"warned Ostland -> Westland", "warned Ostland -> Südland"},
		},
		{
			name: "a warning addressed to a state",
			text: "Ostland richtete eine scharfe Warnung an Westland.",
			ents: []ent{S("Ostland"), S("Westland")},
			want: []string{"warned Ostland -> Westland"},
		},
		{
			name: "a service listing a person as a terrorist",
			text: "Der Geheimdienst Zentralamt führt den Blogger Emil Roth auf einer Liste von Terroristen.",
			ents: []ent{O("Zentralamt"), P("Emil Roth")},
			want: []string{"accused Zentralamt -> Emil Roth"},
			not:  []string{"leads Zentralamt -> Emil Roth"},
		},
		{
			name: "leading a party is no accusation",
			text: "Emil Roth führt die Volkspartei seit Jahren.",
			ents: []ent{O("Volkspartei"), P("Emil Roth")},
			not:  []string{"accused Emil Roth -> Volkspartei"},
		},
	})
}

func TestBodyNounWithHead(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "der Rat is the council named before, not the last organisation",
			text: "Omar Sadik löste den Staatsrat und die Volkspartei auf. Sadik leitete den Rat seit 2019.",
			ents: []ent{P("Omar Sadik", "Sadik"), O("Staatsrat"), O("Volkspartei")},
			want: []string{"leads Omar Sadik -> Staatsrat"},
			not:  []string{"leads Omar Sadik -> Volkspartei"},
		},
		{
			name: "die Gemeinschaft is the community named before",
			text: "Die Nordische Gemeinschaft tagte am Montag. Die Gemeinschaft warf Omar Sadik Wahlbetrug vor.",
			ents: []ent{P("Omar Sadik"), O("Nordische Gemeinschaft")},
			want: []string{"accused Nordische Gemeinschaft -> Omar Sadik"},
		},
		{
			name: "die Gemeinschaft is not any organisation named before",
			text: "Die Junta hielt die Wahl ab. Die Gemeinschaft warf Omar Sadik Wahlbetrug vor.",
			ents: []ent{P("Omar Sadik"), O("Junta")},
			not:  []string{"accused Junta -> Omar Sadik"},
		},
	})
}

func TestNoDefaultOfficeOfTheAttackedState(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a president warning the article's state does not hold its office",
			text: "Westland meldet neue Angriffe. Westland wehrt sich. In Westland fallen Bomben. Präsident Ivo Marek warnte Westland vor Widerstand.",
			ents: []ent{P("Ivo Marek"), S("Westland")},
			want: []string{"warned Ivo Marek -> Westland"},
			not:  []string{"holds_office Ivo Marek -> Westland"},
		},
		{
			name: "a president speaking about the article's state holds its office",
			text: "Westland meldet neue Angriffe. Westland wehrt sich. In Westland fallen Bomben. Präsident Ivo Marek sprach von Verlusten.",
			ents: []ent{P("Ivo Marek"), S("Westland")},
			want: []string{"holds_office Ivo Marek -> Westland"},
		},
	})
}

func TestMidfieldBarePluralSubject(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "bare plural after a plural auxiliary, adverbial Vorfeld",
			text: "In Ostburg haben Polizisten den Blogger Emil Roth festgenommen.",
			ents: []ent{L("Ostburg"), P("Emil Roth")},
			want: []string{"arrested - -> Emil Roth"},
		},
		{
			name: "a singular verb does not make a plural subject",
			text: "Am Montag traf Emil Roth den Minister Karel Dvorak.",
			ents: []ent{P("Emil Roth"), P("Karel Dvorak")},
			want: []string{"talked_with Emil Roth -> Karel Dvorak"},
		},
	})
}

func TestThreatenedSentence(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a bare name in the Vorfeld faces prison",
			text: "Emil Roth drohen bis zu zwölf Jahre Haft.",
			ents: []ent{P("Emil Roth")},
			want: []string{"accused - -> Emil Roth"},
		},
		{
			name: "a dative with article faces prison",
			text: "Nun drohen dem Blogger Emil Roth mehrere Jahre Gefängnis.",
			ents: []ent{P("Emil Roth")},
			want: []string{"accused - -> Emil Roth"},
		},
		{
			name: "threatening a state with sanctions is no accusation",
			text: "Ostland drohte Westland mit Sanktionen.",
			ents: []ent{S("Ostland"), S("Westland")},
			want: []string{"warned Ostland -> Westland"},
			not:  []string{"accused - -> Westland"},
		},
		{
			name: "promised weapon deliveries support",
			text: "Ostland sagte Westland weitere Waffenlieferungen zu.",
			ents: []ent{S("Ostland"), S("Westland")},
			want: []string{"supported Ostland -> Westland"},
		},
	})
}

func TestAllowingForeignTroops(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "allowing a state's troops to march through supports that state",
			text: "Machthaber Ivo Marek hatte den ostländischen Einheiten den Durchmarsch erlaubt.",
			ents: []ent{P("Ivo Marek"), S("Ostland", "ostländischen")},
			want: []string{"supported Ivo Marek -> Ostland"},
		},
		{
			name: "allowing a state's traders the transit is no support",
			text: "Ivo Marek erlaubte den ostländischen Händlern den Transit.",
			ents: []ent{P("Ivo Marek"), S("Ostland", "ostländischen")},
			not:  []string{"supported Ivo Marek -> Ostland"},
		},
	})
}

func TestRejectingAnEarlierRequest(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "die Bitte refers to the request made to the subject before",
			text: "Präsident Ivo Marek bat den Nordpakt um militärische Hilfe. Der Nordpakt lehnte die Bitte am Montag ab.",
			ents: []ent{P("Ivo Marek"), O("Nordpakt")},
			want: []string{"requested_help Ivo Marek -> Nordpakt", "rejected_request Nordpakt -> Ivo Marek"},
		},
		{
			name: "no request made to the subject: nothing rejected",
			text: "Präsident Ivo Marek bat den Nordpakt um militärische Hilfe. Ostland lehnte die Bitte am Montag ab.",
			ents: []ent{P("Ivo Marek"), O("Nordpakt"), S("Ostland")},
			not:  []string{"rejected_request Ostland -> Ivo Marek"},
		},
	})
}

func TestCompanionsOnlyPredicative(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "companions mentioned by a writer are not the writer's",
			text: "Emil Roth zitiert den Altkanzler mit Äußerungen über frühere Weggefährten, darunter die von Ivo Marek berufene Ministerin.",
			ents: []ent{P("Emil Roth"), P("Ivo Marek")},
			not:  []string{"ally_of Emil Roth -> Ivo Marek"},
		},
	})
}

func TestThreatenedSentenceNeedsATerm(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "deportation after serving a sentence is no accusation",
			text: "Emil Roth droht nach dem Ende seiner Haft die Ausweisung in sein Herkunftsland.",
			ents: []ent{P("Emil Roth")},
			not:  []string{"accused - -> Emil Roth"},
		},
		{
			name: "the death penalty needs no term",
			text: "Emil Roth droht die Todesstrafe.",
			ents: []ent{P("Emil Roth")},
			want: []string{"accused - -> Emil Roth"},
		},
	})
}

func TestDeploymentIsForgotten(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a deployment named long before is no destination",
			text: "Ostland wählt. Soldaten der Allianz sind in Nordland stationiert. In Ostland regnet es. In Ostland schneit es. Es stürmt. Es taut. Westland schickte weitere Soldaten.",
			ents: []ent{S("Nordland"), S("Westland"), S("Ostland")},
			want: []string{"sent_troops Westland -> Ostland"},
			not:  []string{"sent_troops Westland -> Nordland"},
		},
		{
			name: "a recent deployment is the destination rather than the article's state",
			text: "Ostland wählt. In Ostland regnet es. In Ostland schneit es. Soldaten der Allianz sind in Nordland stationiert. Westland schickte weitere Soldaten.",
			ents: []ent{S("Nordland"), S("Westland"), S("Ostland")},
			want: []string{"sent_troops Westland -> Nordland"},
			not:  []string{"sent_troops Westland -> Ostland"},
		},
	})
}

func TestCoordinatedClauseSharesSubject(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "und + verb-first clause with a person object",
			text: "Omar Sadik entließ Präsident Ivo Marek und nahm Emil Roth fest.",
			ents: []ent{P("Omar Sadik"), P("Ivo Marek"), P("Emil Roth")},
			want: []string{"dismissed Omar Sadik -> Ivo Marek", "arrested Omar Sadik -> Emil Roth"},
			not:  []string{"arrested Emil Roth -> Ivo Marek"},
		},
		{
			name: "und + causative",
			text: "Omar Sadik setzte Präsident Ivo Marek ab und ließ Emil Roth festnehmen.",
			ents: []ent{P("Omar Sadik"), P("Ivo Marek"), P("Emil Roth")},
			want: []string{"arrested Omar Sadik -> Emil Roth"},
		},
		{
			name: "after a comma a person right after a speech verb is its subject",
			text: "Ostland rüstet auf, warnt Emil Roth.",
			ents: []ent{P("Emil Roth"), S("Ostland")},
			not:  []string{"warned Ostland -> Emil Roth"},
		},
	})
}

func TestPlannedSuccessionIsNone(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a possible successor is no successor",
			text: "Karel Dvorak gilt als möglicher Nachfolger von Präsident Ivo Marek.",
			ents: []ent{P("Ivo Marek"), P("Karel Dvorak")},
			not:  []string{"succeeded Karel Dvorak -> Ivo Marek"},
		},
		{
			name: "a possible successor in a relative clause is no successor",
			text: "Karel Dvorak, der als möglicher Nachfolger von Ivo Marek gehandelt wurde, wies Spekulationen zurück.",
			ents: []ent{P("Ivo Marek"), P("Karel Dvorak")},
			not:  []string{"succeeded Karel Dvorak -> Ivo Marek"},
		},
		{
			name: "a successor in office is one",
			text: "Karel Dvorak wurde 2019 Nachfolger von Präsident Ivo Marek.",
			ents: []ent{P("Ivo Marek"), P("Karel Dvorak")},
			want: []string{"succeeded Karel Dvorak -> Ivo Marek"},
		},
	})
}

func TestPlacingAtDisposal(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "placing territory at a state's disposal supports it",
			text: "Ivo Marek stellte Ostland sein Territorium zur Verfügung.",
			ents: []ent{P("Ivo Marek"), S("Ostland")},
			want: []string{"supported Ivo Marek -> Ostland"},
		},
		{
			name: "placing money at someone's disposal is no support in this sense",
			text: "Ivo Marek stellte Ostland das nötige Kleingeld zur Verfügung.",
			ents: []ent{P("Ivo Marek"), S("Ostland")},
			not:  []string{"supported Ivo Marek -> Ostland"},
		},
	})
}

func TestUnderChairmanship(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a council under the chairmanship of a person",
			text: "Der Staatsrat unter Vorsitz von Omar Sadik tagte am Montag.",
			ents: []ent{P("Omar Sadik"), O("Staatsrat")},
			want: []string{"leads Omar Sadik -> Staatsrat"},
		},
		{
			name: "with an article",
			text: "Der Staatsrat unter dem Vorsitz von General Omar Sadik tagte am Montag.",
			ents: []ent{P("Omar Sadik"), O("Staatsrat")},
			want: []string{"leads Omar Sadik -> Staatsrat"},
		},
		{
			name: "under pressure from a person is no leadership",
			text: "Der Staatsrat unter Druck von Omar Sadik tagte am Montag.",
			ents: []ent{P("Omar Sadik"), O("Staatsrat")},
			not:  []string{"leads Omar Sadik -> Staatsrat"},
		},
	})
}

func TestListsProceedingsExile(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "putting a person on a list of terrorists",
			text: "Der Geheimdienst Zentralamt setzte den Blogger Emil Roth auf die Liste der Terroristen.",
			ents: []ent{O("Zentralamt"), P("Emil Roth")},
			want: []string{"accused Zentralamt -> Emil Roth"},
		},
		{
			name: "opening criminal proceedings against a person",
			text: "Die Staatsanwaltschaft Ostburg leitete ein Strafverfahren gegen Emil Roth ein.",
			ents: []ent{O("Staatsanwaltschaft Ostburg"), P("Emil Roth")},
			want: []string{"accused Staatsanwaltschaft Ostburg -> Emil Roth"},
		},
		{
			name: "going into exile in a state",
			text: "Emil Roth war 2020 ins Exil nach Westland gegangen.",
			ents: []ent{P("Emil Roth"), S("Westland")},
			want: []string{"traveled_to Emil Roth -> Westland"},
		},
		{
			name: "opening talks is no accusation",
			text: "Ivo Marek leitete Gespräche gegen den Willen von Emil Roth ein.",
			ents: []ent{P("Ivo Marek"), P("Emil Roth")},
			not:  []string{"accused Ivo Marek -> Emil Roth"},
		},
	})
}

func TestPejorativeLabels(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "calling a person a war criminal",
			text: "Präsident Ivo Marek nannte Omar Sadik einen Kriegsverbrecher.",
			ents: []ent{P("Ivo Marek"), P("Omar Sadik")},
			want: []string{"criticized Ivo Marek -> Omar Sadik"},
		},
		{
			name: "describing a person as a dictator",
			text: "Emil Roth bezeichnete Omar Sadik als Diktator.",
			ents: []ent{P("Emil Roth"), P("Omar Sadik")},
			want: []string{"criticized Emil Roth -> Omar Sadik"},
		},
		{
			name: "describing a person as a partner is no criticism",
			text: "Emil Roth bezeichnete Omar Sadik als wichtigen Partner.",
			ents: []ent{P("Emil Roth"), P("Omar Sadik")},
			not:  []string{"criticized Emil Roth -> Omar Sadik"},
		},
	})
}

func TestTravelIntoAState(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "flying into a state named with an article",
			text: "Danach fliegt Präsident Ivo Marek in die Türkei weiter.",
			ents: []ent{P("Ivo Marek"), S("Türkei")},
			want: []string{"traveled_to Ivo Marek -> Türkei"},
		},
		{
			name: "travelling into a state",
			text: "Emil Roth reiste im Mai in die Schweiz.",
			ents: []ent{P("Emil Roth"), S("Schweiz")},
			want: []string{"traveled_to Emil Roth -> Schweiz"},
		},
	})
}

func TestRemovalFromOffice(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "relieved of office",
			text: "Die Junta Nordrat enthob Ivo Marek seines Amtes.",
			ents: []ent{O("Nordrat"), P("Ivo Marek")},
			want: []string{"dismissed Nordrat -> Ivo Marek"},
		},
		{
			name: "pushed out of office, passive",
			text: "Der Minister Karel Dvorak wurde aus dem Amt gedrängt.",
			ents: []ent{P("Karel Dvorak")},
			want: []string{"dismissed - -> Karel Dvorak"},
		},
		{
			name: "removed from a post",
			text: "Omar Sadik entfernte Karel Dvorak von seinem Posten.",
			ents: []ent{P("Omar Sadik"), P("Karel Dvorak")},
			want: []string{"dismissed Omar Sadik -> Karel Dvorak"},
		},
		{
			name: "pushing someone aside is no dismissal",
			text: "Omar Sadik drängte Karel Dvorak zur Seite.",
			ents: []ent{P("Omar Sadik"), P("Karel Dvorak")},
			not:  []string{"dismissed Omar Sadik -> Karel Dvorak"},
		},
	})
}

func TestHypotheticalClause(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "what only a body could do is no report",
			text: "Ivo Marek sagte, dass allein der Nordrat ihn seines Amtes entheben könne.",
			ents: []ent{O("Nordrat"), P("Ivo Marek")},
			not:  []string{"dismissed Nordrat -> Ivo Marek"},
		},
		{
			name: "a state that could attack has not",
			text: "Ostland könnte Westland jederzeit angreifen.",
			ents: []ent{S("Ostland"), S("Westland")},
			not:  []string{"sent_troops Ostland -> Westland"},
		},
		{
			name: "a past konnte reports what happened",
			text: "Die Polizei konnte den Blogger Emil Roth am Flughafen festnehmen.",
			ents: []ent{O("Polizei"), P("Emil Roth")},
			want: []string{"arrested Polizei -> Emil Roth"},
		},
	})
}

func TestAttributiveApposition(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "a coordinated clause between the comma and the participle is no apposition",
			text: "Ivo Marek entließ die Regierung Nordrat, verhängte den Notstand und bat ein von Ostland geführtes Bündnis um Hilfe.",
			ents: []ent{P("Ivo Marek"), O("Nordrat"), S("Ostland")},
			not:  []string{"leads Ostland -> Nordrat"},
		},
		{
			name: "a real apposition",
			text: "Ivo Marek bat den Nordpakt, ein von Ostland geführtes Bündnis, um Hilfe.",
			ents: []ent{P("Ivo Marek"), O("Nordpakt"), S("Ostland")},
			want: []string{"leads Ostland -> Nordpakt"},
		},
	})
}

func TestLettingTroopsIn(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "letting a state's soldiers into the country supports that state",
			text: "Ivo Marek hatte Tausende ostländische Soldaten zu einem Manöver ins Land gelassen.",
			ents: []ent{P("Ivo Marek"), S("Ostland", "ostländische")},
			want: []string{"supported Ivo Marek -> Ostland"},
		},
		{
			name: "having soldiers arrested is no support",
			text: "Ivo Marek ließ ostländische Soldaten im Land festnehmen.",
			ents: []ent{P("Ivo Marek"), S("Ostland", "ostländische")},
			not:  []string{"supported Ivo Marek -> Ostland"},
		},
	})
}
