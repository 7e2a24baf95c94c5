//! Reading a library as CSV: a header row naming at least `claim` and
//! `url`; `rating`, `title`, `publisher` and `date` are read when present.
//! Column names are matched without regard to case or order.

use model::LibraryItem;

/// The items of a CSV library and how many rows were skipped for lack of a
/// claim or an address.
pub fn from_csv(bytes: &[u8]) -> Result<(Vec<LibraryItem>, usize), String> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| e.to_string())?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name);
    let (Some(claim), Some(url)) = (column("claim"), column("url")) else {
        return Err(format!(
            "the first row must name the columns, with at least `claim` and `url` (found: {})",
            header.join(", ")
        ));
    };
    let optional = [
        column("rating"),
        column("title"),
        column("publisher"),
        column("date"),
    ];
    let mut items = Vec::new();
    let mut skipped = 0;
    for (n, row) in reader.records().enumerate() {
        let row = row.map_err(|e| format!("row {}: {e}", n + 2))?;
        let field = |i: Option<usize>| {
            i.and_then(|i| row.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        match (field(Some(claim)), field(Some(url))) {
            (Some(claim), Some(url)) => items.push(LibraryItem {
                url,
                claim,
                rating: field(optional[0]),
                title: field(optional[1]),
                publisher: field(optional[2]),
                date: field(optional[3]),
            }),
            _ => skipped += 1,
        }
    }
    Ok((items, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_reads_rows_by_their_header() {
        let table: &[(&str, &[u8], Result<(usize, usize), ()>)] = &[
            (
                "the four columns",
                b"claim,rating,url,title\r\nA claim,False,https://x/1,T\r\n",
                Ok((1, 0)),
            ),
            (
                "any order and case",
                b"URL,Claim\nhttps://x/1,\"A, quoted \"\"claim\"\"\"\n",
                Ok((1, 0)),
            ),
            (
                "a row without url",
                b"claim,url\nA claim,\nB,https://x/2\n",
                Ok((1, 1)),
            ),
            ("no claim column", b"text,url\nA,https://x/1\n", Err(())),
        ];
        for (what, bytes, want) in table {
            let got = from_csv(bytes)
                .map(|(items, skipped)| (items.len(), skipped))
                .map_err(|_| ());
            assert_eq!(got, *want, "{what}");
        }
        let (items, _) = from_csv(b"URL,Claim\nhttps://x/1,\"A, quoted \"\"claim\"\"\"\n").unwrap();
        assert_eq!(items[0].claim, "A, quoted \"claim\"");
    }
}
