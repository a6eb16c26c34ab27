package names

import "testing"

func TestSkeleton(t *testing.T) {
	same := [][]string{
		{"Tokajew", "Tokayev"},
		{"Nasarbajew", "Nazarbayev"},
		{"Kassym", "Qassym", "Kassim"},
		{"Lukaschenko", "Lukashenko"},
		{"Massimow", "Masimov"},
		{"Schoigu", "Shoigu"},
	}
	for _, g := range same {
		for _, s := range g[1:] {
			if Skeleton(s) != Skeleton(g[0]) {
				t.Errorf("Skeleton(%q)=%q, Skeleton(%q)=%q: want equal", s, Skeleton(s), g[0], Skeleton(g[0]))
			}
		}
	}
	if Skeleton("Putin") == Skeleton("Pudin") {
		t.Error("Putin and Pudin must keep different skeletons")
	}
}

func TestCologne(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Müller-Lüdenscheidt", "65752682"}, // the reference example of the algorithm
		{"Tokajew", "243"},
		{"Tojakow", "243"},
	}
	for _, tc := range tests {
		if got := Cologne(tc.in); got != tc.want {
			t.Errorf("Cologne(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestJaroWinkler(t *testing.T) {
	tests := []struct {
		a, b   string
		lo, hi float64
	}{
		{"martha", "marhta", 0.96, 0.962},
		{"dixon", "dicksonx", 0.81, 0.815},
		{"abc", "abc", 1, 1},
		{"abc", "", 0, 0},
		{"abc", "xyz", 0, 0},
	}
	for _, tc := range tests {
		if got := JaroWinkler(tc.a, tc.b); got < tc.lo || got > tc.hi {
			t.Errorf("JaroWinkler(%q,%q) = %.4f, want in [%.3f,%.3f]", tc.a, tc.b, got, tc.lo, tc.hi)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Tokajew", "Tokayev", true}, // equal skeletons
		{"Tokajew", "Tojakow", true}, // same Kölner code, close skeletons
		{"Nasarbajew", "Nazarbayev", true},
		{"Schangaösen", "Schanaozen", true},
		{"Petrow", "Petrowa", false}, // feminine form: a relative
		{"Kowalski", "Kowalska", false},
		{"Putin", "Pudin", false},       // under six letters: skeletons must be equal
		{"Massimow", "Nassimow", false}, // different initials
		{"Tokajew", "Toktarow", false},
		{"Testperson 11", "Testperson 12", false}, // numbers differ
		{"Apollo-11-Mission", "Apollo-11-Misson", true},
	}
	for _, tc := range tests {
		score, why := Match(Skeleton(tc.a), Skeleton(tc.b), tc.a, tc.b)
		if got := score > 0; got != tc.same {
			t.Errorf("Match(%q, %q) = %.2f (%s), want same=%v", tc.a, tc.b, score, why, tc.same)
		}
		if score > 0 && why == "" {
			t.Errorf("Match(%q, %q): no reason", tc.a, tc.b)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"kitten", "sitting", 3},
		{"nurlan", "nursultan", 3},
		{"aleksander", "aleksandr", 1},
		{"äöü", "aöü", 1}, // runes, not bytes
	}
	for _, tc := range tests {
		if got := EditDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := EditDistance(tc.b, tc.a); got != tc.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestGivenVariant(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Kassym", "Qassym", true},       // equal skeletons
		{"Alexander", "Aleksandr", true}, // transliteration variant
		{"Wladimir", "Vladimir", true},
		{"Jekaterina", "Ekaterina", true},
		{"Nurlan", "Nursultan", false}, // two names that only share a start
		{"Karim", "Kairat", false},
		{"Asamat", "Nursultan", false},
	}
	for _, tc := range tests {
		if got := GivenVariant(Skeleton(tc.a), Skeleton(tc.b)); got != tc.same {
			t.Errorf("GivenVariant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}
