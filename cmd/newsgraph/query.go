package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/spf13/cobra"
)

// queryCmd groups the read commands; ready-made queries add themselves as
// further subcommands.
var queryCmd = &cobra.Command{
	Use:   "query",
	Short: "Query the graph",
}

var queryDQLCmd = &cobra.Command{
	Use:   "dql [FILE|-] [--var name=value]...",
	Short: "Run a DQL query (from FILE, or standard input) and print the JSON result",
	Long: `dql runs a DQL query read from FILE or standard input ("-", the default)
and prints the JSON result. Pass user text only as variables: --var
name=value binds $name, which the query must declare, e.g.

  newsgraph query dql --var who=Tokajew - <<'EOF'
  query q($who: string) {
    q(func: eq(alias, $who)) { name alias dismissed @facets { name } }
  }
  EOF`,
	Args: cobra.MaximumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		src := "-"
		if len(args) == 1 {
			src = args[0]
		}
		q, err := readQuery(src, cmd.InOrStdin())
		if err != nil {
			return err
		}
		pairs, _ := cmd.Flags().GetStringArray("var")
		vars, err := parseVars(pairs)
		if err != nil {
			return err
		}
		store, err := openStore(cmd.Context())
		if err != nil {
			return err
		}
		defer store.Close()
		out, err := store.Query(cmd.Context(), q, vars)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := json.Indent(&buf, out, "", "  "); err != nil {
			buf.Reset()
			buf.Write(out)
		}
		buf.WriteByte('\n')
		_, err = cmd.OutOrStdout().Write(buf.Bytes())
		return err
	},
}

func init() {
	queryDQLCmd.Flags().StringArray("var", nil, "query variable name=value (binds $name; repeatable)")
	queryCmd.AddCommand(queryDQLCmd)
	rootCmd.AddCommand(queryCmd)
}

func readQuery(src string, stdin io.Reader) (string, error) {
	var b []byte
	var err error
	if src == "-" {
		b, err = io.ReadAll(io.LimitReader(stdin, 1<<20))
	} else {
		b, err = os.ReadFile(src)
	}
	if err != nil {
		return "", newsgraph.Wrap(newsgraph.EINVALID, err, "reading the query from %s", src)
	}
	if strings.TrimSpace(string(b)) == "" {
		return "", newsgraph.Errorf(newsgraph.EINVALID, "empty query (from %s)", src)
	}
	return string(b), nil
}

var varName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// parseVars turns name=value pairs into DQL variables ($name → value).
func parseVars(pairs []string) (map[string]string, error) {
	vars := map[string]string{}
	for _, p := range pairs {
		name, value, ok := strings.Cut(p, "=")
		name = strings.TrimPrefix(name, "$")
		if !ok || !varName.MatchString(name) {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "--var %q: want name=value", p)
		}
		if _, dup := vars["$"+name]; dup {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "--var %s given twice", name)
		}
		vars["$"+name] = value
	}
	return vars, nil
}
