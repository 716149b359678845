package com.moodbot.recommend;

/** Whatever holds the catalog now in service. */
@FunctionalInterface
public interface CatalogSource {
    Catalog current();
}
