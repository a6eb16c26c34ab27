package jsonl_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/jsonl"
	"github.com/newsgraph/newsgraph/loaders/loadertest"
)

func TestSuite(t *testing.T) {
	loadertest.Run(t, jsonl.Format, loadertest.Samples(t, "testdata"))
}

func TestRead(t *testing.T) {
	one := newsgraph.Article{Text: "Eins.", Title: "T", Source: "S", URL: "https://example.org/1", Date: "2022-01-09", Authors: []string{"A", "B"}}
	two := newsgraph.Article{Text: "Zwei.", Date: "2022-01-09", Authors: []string{"C"}}
	tests := []struct {
		name    string
		in      string
		want    []newsgraph.Article
		wantErr string
	}{{
		name: "single object",
		in:   `{"text":"Eins.","title":"T","source":"S","url":"https://example.org/1","date":"2022-01-09","authors":["A","B"]}`,
		want: []newsgraph.Article{one},
	}, {
		name: "array, timestamp cut to a date, single author string, unknown field ignored",
		in: `[{"text":"Eins.","title":"T","source":"S","url":"https://example.org/1","date":"2022-01-09","authors":["A","B"]},
		      {"text":"Zwei.","date":"2022-01-09T08:00:00+01:00","authors":"C","extra":1}]`,
		want: []newsgraph.Article{one, two},
	}, {
		name: "NDJSON with a blank line",
		in:   "{\"text\":\"Eins.\",\"title\":\"T\",\"source\":\"S\",\"url\":\"https://example.org/1\",\"date\":\"2022-01-09\",\"authors\":[\"A\",\"B\"]}\n\n{\"text\":\"Zwei.\",\"date\":\"2022-01-09\",\"authors\":[\"C\"]}\n",
		want: []newsgraph.Article{one, two},
	}, {
		name:    "bad records are skipped and named by line",
		in:      "{\"text\":\"\"}\n{\"text\":\"Zwei.\",\"date\":\"gestern\"}\n{\"text\":5}\n{\"text\":\"Eins.\",\"title\":\"T\",\"source\":\"S\",\"url\":\"https://example.org/1\",\"date\":\"2022-01-09\",\"authors\":[\"A\",\"B\"]}\n",
		want:    []newsgraph.Article{one},
		wantErr: `line 1: no "text"; line 2: date "gestern" is not ISO 8601`,
	}, {
		name:    "syntax error ends the read",
		in:      "{\"text\":\"Zwei.\",\"date\":\"2022-01-09\",\"authors\":\"C\"}\n{\"text\": oops}\n{\"text\":\"Drei.\"}\n",
		want:    []newsgraph.Article{two},
		wantErr: "line 2: invalid character",
	}, {
		name:    "truncated array",
		in:      "[{\"text\":\"Zwei.\",\"date\":\"2022-01-09\",\"authors\":[\"C\"]},\n{\"text\":\"Dr",
		want:    []newsgraph.Article{two},
		wantErr: "line 2:",
	}, {
		name:    "array cut after a comma",
		in:      "[{\"text\":\"Zwei.\",\"date\":\"2022-01-09\",\"authors\":[\"C\"]},\n",
		want:    []newsgraph.Article{two},
		wantErr: "line 2: unterminated array",
	}, {
		name:    "truncated object",
		in:      "{\"text\":\"Zwei.\",\"date\":\"2022-01-09\",\"authors\":[\"C\"]}\n{\"text\":\"Dr",
		want:    []newsgraph.Article{two},
		wantErr: "line 2: record not closed",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := jsonl.Read("a.json", []byte(tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), "a.json: "+tt.wantErr)):
				t.Errorf("error %v, want %q", err, tt.wantErr)
			case err != nil && newsgraph.ErrorCode(err) != newsgraph.EINVALID:
				t.Errorf("error code %q", newsgraph.ErrorCode(err))
			}
		})
	}
}

// A JSON body with no usable record is an error through the loader too.
func TestLoaderRejectsNoArticles(t *testing.T) {
	for _, in := range []string{`{"title":"nur Titel"}`, `[]`, `[ ]`} {
		arts, err := loaders.ReadBytesAs("json", "request", []byte(in))
		if len(arts) != 0 || newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "request: ") {
			t.Errorf("%s: got %v, %v", in, arts, err)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`{"text":"x"}`, true},
		{"  \n[\n {\"text\":\"x\"}]", true},
		{"[]", true},
		{"[Eilmeldung] Text", false},
		{"{Klammer} Text", false},
	}
	for _, tt := range tests {
		if got := jsonl.Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
