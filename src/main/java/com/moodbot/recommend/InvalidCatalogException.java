package com.moodbot.recommend;

import java.util.List;
import java.util.stream.Collectors;

/** The catalogs did not validate; carries every problem found, not just the first. */
public class InvalidCatalogException extends Exception {

    private final List<CatalogProblem> problems;

    public InvalidCatalogException(List<CatalogProblem> problems) {
        super(CatalogProblem.count(problems.size()) + " in the catalog:\n"
                + problems.stream().map(CatalogProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
