package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all" // register every input format
	"github.com/spf13/cobra"
)

var formatsCmd = &cobra.Command{
	Use:   "formats",
	Short: "List the input formats newsgraph reads",
	Long: `List the registered input formats, in the order they are tried: a file
is read by the first format that recognises its content, else by the first
that claims its extension.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "NAME\tEXTENSIONS\tBY CONTENT\tDESCRIPTION")
		for _, f := range loaders.Formats() {
			sniffs := "no"
			if f.Sniff != nil {
				sniffs = "yes"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", f.Name, strings.Join(f.Extensions, " "), sniffs, f.Description)
		}
		return w.Flush()
	},
}

func init() { rootCmd.AddCommand(formatsCmd) }
