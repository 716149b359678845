/**
 * The benches and their stand-ins. Their beans exist only in the {@code bench} command's context
 * ({@code Application} names each context's environment after its command), never in {@code serve}'s.
 */
@Configuration
@Requires(env = "bench")
package com.moodbot.bench;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
