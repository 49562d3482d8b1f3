extension Report {
    /// The tidy table: one row per document × axis, for R's `read.csv` and pandas' `read_csv`.
    ///
    /// Columns: document, label, title, language, status, axis, negative_pole, positive_pole,
    /// P, N, T, matches, salience, theta, se, relative_difference, rank. Real-valued columns
    /// always carry a decimal point ("3.0"), counts and ranks never, so the column types do not
    /// depend on the data. Unscored documents get one row per axis with empty numbers and their status.
    public func tidyCSV() -> String {
        var csv = CSVWriter(header: ["document", "label", "title", "language", "status", "axis", "negative_pole", "positive_pole",
                                     "P", "N", "T", "matches", "salience", "theta", "se", "relative_difference", "rank"])
        for document in documents {
            for axis in axes {
                var fields = [document.id, document.label, document.metadata.title ?? "", document.language, document.status.rawValue,
                              axis.id, axis.negative.id, axis.positive.id]
                if let score = document.scores.first(where: { $0.axis == axis.id }) {
                    fields += [NumberFormat.decimal(score.positive), NumberFormat.decimal(score.negative), String(score.tokens),
                               String(score.matches), NumberFormat.decimal(score.salience), NumberFormat.decimal(score.theta),
                               NumberFormat.decimal(score.standardError), NumberFormat.decimal(score.relativeDifference),
                               score.rank.map(String.init) ?? ""]
                } else {
                    fields += Array(repeating: "", count: 9)
                }
                csv.row(fields)
            }
        }
        return csv.text
    }

    /// Every CSV table as a file of a folder: `scores.csv` (the tidy table), then `positions.csv`,
    /// `standard-errors.csv`, `distances.csv`, `similarities.csv` and, with 3 documents or more,
    /// `axis-correlations.csv`.
    public func csvFiles() -> [(name: String, csv: String)] {
        [("scores.csv", tidyCSV())] + matrixCSVs().map { ($0.name + ".csv", $0.csv) }
    }

    /// A square or rectangular matrix as CSV, with row names in the first column.
    public static func matrixCSV(rowNames: [String], columnNames: [String], values: [[Double?]], corner: String) -> String {
        var csv = CSVWriter(header: [corner] + columnNames)
        for (name, row) in zip(rowNames, values) {
            csv.row([name] + row.map { $0.map(NumberFormat.decimal) ?? "" })
        }
        return csv.text
    }

    /// The comparison matrices as named CSV tables: positions, distances, similarities, axis correlations.
    public func matrixCSVs() -> [(name: String, csv: String)] {
        guard let comparison else { return [] }
        var tables: [(String, String)] = [
            ("positions", Self.matrixCSV(rowNames: comparison.documents, columnNames: comparison.axes,
                                         values: comparison.positions.map { $0.map(Optional.some) }, corner: "document")),
            ("standard-errors", Self.matrixCSV(rowNames: comparison.documents, columnNames: comparison.axes,
                                               values: comparison.standardErrors.map { $0.map(Optional.some) }, corner: "document")),
            ("distances", Self.matrixCSV(rowNames: comparison.documents, columnNames: comparison.documents,
                                         values: comparison.distances.map { $0.map(Optional.some) }, corner: "document")),
            ("similarities", Self.matrixCSV(rowNames: comparison.documents, columnNames: comparison.documents,
                                            values: comparison.similarities.map { $0.map(Optional.some) }, corner: "document")),
        ]
        if let correlations = comparison.axisCorrelations {
            tables.append(("axis-correlations", Self.matrixCSV(rowNames: comparison.axes, columnNames: comparison.axes,
                                                               values: correlations, corner: "axis")))
        }
        return tables
    }
}
