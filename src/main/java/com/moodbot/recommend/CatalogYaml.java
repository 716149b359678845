package com.moodbot.recommend;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The one parser set-up for catalog files, so the checker and the editor refuse the same files. */
public final class CatalogYaml {

    private CatalogYaml() {
    }

    /** Duplicate keys refused, at most 10 aliases, and no more characters than a catalog file may have bytes. */
    public static Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YamlFile.MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        return new Yaml(options);
    }
}
