package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/export"
	_ "github.com/newsgraph/newsgraph/export/all" // every format
	"github.com/newsgraph/newsgraph/schema"
	"github.com/spf13/cobra"
)

var exportCmd = &cobra.Command{
	Use:   "export --format rdf|json|graphml|dot [--query FILE] [-o FILE]",
	Short: "Write the graph (or a query's result) as RDF, JSON, GraphML or DOT",
	Long: `export writes the whole graph, or the nodes and edges a DQL query returns
(--query FILE, with --var name=value for its variables), in one format:

  rdf      N-Quads for "dgraph live" / "dgraph bulk" together with the schema
           (--schema-out FILE writes it). Load WITHOUT -U/--upsertPredicate:
           blank nodes are derived from the xid, which is written as a triple.
  json     node-link JSON (d3, networkx)
  graphml  GraphML for Gephi, Cytoscape, yEd
  dot      Graphviz DOT

Without -o the output goes to standard output.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		flags := cmd.Flags()
		name, _ := flags.GetString("format")
		queryFile, _ := flags.GetString("query")
		outFile, _ := flags.GetString("out")
		schemaOut, _ := flags.GetString("schema-out")
		pairs, _ := flags.GetStringArray("var")
		format, err := export.Lookup(name)
		if err != nil {
			return err
		}
		if queryFile == "" && len(pairs) > 0 {
			return newsgraph.Errorf(newsgraph.EINVALID, "--var needs --query")
		}
		store, err := openStore(cmd.Context())
		if err != nil {
			return err
		}
		defer store.Close()

		var g *export.Graph
		if queryFile != "" {
			q, err := readQuery(queryFile, cmd.InOrStdin())
			if err != nil {
				return err
			}
			vars, err := parseVars(pairs)
			if err != nil {
				return err
			}
			if g, err = export.ReadQuery(cmd.Context(), store, q, vars); err != nil {
				return err
			}
		} else if g, err = export.Read(cmd.Context(), store); err != nil {
			return err
		}

		if schemaOut != "" {
			if err := os.WriteFile(schemaOut, []byte(schema.DQL()), 0o644); err != nil {
				return newsgraph.Wrap(newsgraph.EINVALID, err, "writing the schema to %s", schemaOut)
			}
		}
		if err := writeExport(cmd.OutOrStdout(), outFile, format, g); err != nil {
			return err
		}
		if logger != nil {
			logger.Info("exported", "format", name, "nodes", len(g.Nodes), "edges", len(g.Edges), "to", orStdout(outFile))
		}
		return nil
	},
}

func orStdout(path string) string {
	if path == "" || path == "-" {
		return "stdout"
	}
	return path
}

// writeExport writes g to path (atomically: a temporary file renamed into
// place) or to stdout for "" and "-".
func writeExport(stdout io.Writer, path string, format export.Format, g *export.Graph) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(stdout)
		if err := format.New().Write(bw, g); err != nil {
			return err
		}
		return bw.Flush()
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+strings.TrimPrefix(filepath.Base(path), ".")+".*")
	if err != nil {
		return newsgraph.Wrap(newsgraph.EINVALID, err, "creating %s", path)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := format.New().Write(bw, g); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return newsgraph.Wrap(newsgraph.EINVALID, err, "writing %s", path)
	}
	if err := tmp.Close(); err != nil {
		return newsgraph.Wrap(newsgraph.EINVALID, err, "writing %s", path)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return newsgraph.Wrap(newsgraph.EINVALID, err, "writing %s", path)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return newsgraph.Wrap(newsgraph.EINVALID, err, "writing %s", path)
	}
	return nil
}

func init() {
	f := exportCmd.Flags()
	f.String("format", "rdf", "output format: "+strings.Join(export.Formats(), ", "))
	f.String("query", "", "export only what this DQL query returns (file, or - for standard input)")
	f.StringArray("var", nil, "query variable name=value (binds $name; repeatable)")
	f.StringP("out", "o", "", "output file (default: standard output)")
	f.String("schema-out", "", "also write the DQL schema to this file (for dgraph live -s / bulk -s)")
	rootCmd.AddCommand(exportCmd)
}
