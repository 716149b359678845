package com.moodbot.training;

import com.moodbot.emotion.Emotion;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import com.moodbot.evaluation.ConfusionMatrix;

/** PNG charts of a training run, drawn with JFreeChart. */
public final class TrainingCharts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private TrainingCharts() {
    }

    /** Loss (top) and train and validation accuracy (bottom) per epoch, one line per validation set. */
    public static void curve(List<EpochRecord> history, Path png) throws IOException {
        XYSeries loss = new XYSeries("train loss");
        XYSeries trainAcc = new XYSeries("train accuracy (augmented)");
        Map<String, XYSeries> validation = new LinkedHashMap<>();
        for (EpochRecord r : history) {
            loss.add(r.epoch(), r.trainLoss());
            trainAcc.add(r.epoch(), r.trainAccuracy() * 100);
            Map<String, Double> sets = r.validation() == null ? Map.of("PublicTest", r.validationAccuracy())
                    : r.validation();
            sets.forEach((name, acc) -> validation.computeIfAbsent(name, n -> new XYSeries(n + " accuracy"))
                    .add(r.epoch(), acc * 100));
        }
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(epochs);
        plot.add(new XYPlot(new XYSeriesCollection(loss), null, new NumberAxis("loss"), new XYLineAndShapeRenderer()));
        XYSeriesCollection acc = new XYSeriesCollection(trainAcc);
        validation.values().forEach(acc::addSeries);
        NumberAxis accAxis = new NumberAxis("accuracy %");
        accAxis.setAutoRangeIncludesZero(false);
        plot.add(new XYPlot(acc, null, accAxis, new XYLineAndShapeRenderer()));
        JFreeChart chart = new JFreeChart("Emotion model training", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 650);
    }

    /** Heat map of row-normalised recall with the raw counts written in each cell; rows are true classes. */
    public static void confusion(ConfusionMatrix matrix, String title, Path png) throws IOException {
        int k = Emotion.COUNT;
        int[][] counts = matrix.counts();
        double[][] xyz = new double[3][k * k];
        XYPlot plot = new XYPlot();
        for (int t = 0; t < k; t++) {
            int rowTotal = Arrays.stream(counts[t]).sum();
            for (int p = 0; p < k; p++) {
                int i = t * k + p;
                double share = rowTotal == 0 ? 0 : counts[t][p] / (double) rowTotal;
                xyz[0][i] = p;
                xyz[1][i] = t;
                xyz[2][i] = share;
                XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%d (%.0f%%)",
                        counts[t][p], share * 100), p, t);
                label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                label.setPaint(share > 0.5 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(label);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("confusion", xyz);
        String[] names = Arrays.stream(Emotion.values()).map(Emotion::label).toArray(String[]::new);
        SymbolAxis predicted = new SymbolAxis("predicted", names);
        SymbolAxis actual = new SymbolAxis("true", names);
        actual.setInverted(true);
        LookupPaintScale scale = new LookupPaintScale(0, 1.0001, Color.WHITE);
        for (int step = 0; step <= 20; step++) {
            float v = step / 20f;
            scale.add(v, new Color(1 - 0.85f * v, 1 - 0.6f * v, 1 - 0.25f * v));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        plot.setDataset(data);
        plot.setDomainAxis(predicted);
        plot.setRangeAxis(actual);
        plot.setRenderer(renderer);
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        chart.setTitle(new TextTitle("Confusion matrix: " + title));
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 760, 700);
    }
}
