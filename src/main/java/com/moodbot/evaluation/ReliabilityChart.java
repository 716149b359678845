package com.moodbot.evaluation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Reliability diagram: accuracy per confidence bin as bars, against the diagonal of perfect calibration. */
public final class ReliabilityChart {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ReliabilityChart() {
    }

    public static void write(Reliability reliability, String title, Path png) throws IOException {
        XYIntervalSeries accuracy = new XYIntervalSeries("accuracy in bin");
        XYSeries confidence = new XYSeries("mean confidence in bin");
        for (Reliability.Bin bin : reliability.bins()) {
            if (bin.faces() > 0) {
                double mid = (bin.lower() + bin.upper()) / 2;
                accuracy.add(mid, bin.lower(), bin.upper(), bin.accuracy(), 0, bin.accuracy());
                confidence.add(mid, bin.meanConfidence());
            }
        }
        XYSeries diagonal = new XYSeries("perfect calibration");
        diagonal.add(0, 0);
        diagonal.add(1, 1);
        XYSeriesCollection lines = new XYSeriesCollection(diagonal);
        lines.addSeries(confidence);

        NumberAxis x = new NumberAxis("confidence (top probability)");
        x.setRange(0, 1);
        NumberAxis y = new NumberAxis("accuracy");
        y.setRange(0, 1);
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setSeriesPaint(0, new Color(70, 110, 180));
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        XYPlot plot = new XYPlot(new XYIntervalSeriesCollection(), x, y, bars);
        ((XYIntervalSeriesCollection) plot.getDataset()).addSeries(accuracy);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
        lineRenderer.setSeriesPaint(0, Color.GRAY);
        lineRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1,
                new float[] {6, 4}, 0));
        lineRenderer.setSeriesShapesVisible(0, false);
        lineRenderer.setSeriesPaint(1, new Color(200, 80, 40));
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle(new TextTitle(String.format(Locale.ROOT, "%s: ECE %.3f", title,
                reliability.expectedCalibrationError())));
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 700, 620);
    }
}
